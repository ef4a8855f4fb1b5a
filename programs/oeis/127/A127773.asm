; A127773: Triangle read by rows: row n consists of n-1 zeros followed by n(n+1)/2.
; 1,0,3,0,0,6,0,0,0,10,0,0,0,0,15,0,0,0,0,0,21,0,0,0,0,0,0,28,0,0,0,0,0,0,0,36,0,0,0,0,0,0,0,0,45,0,0,0,0,0,0,0,0,0,55,0,0,0,0,0,0,0,0,0,0,66,0,0,0,0,0,0,0,0,0,0,0,78

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
sub $1,1
add $2,1
lpb $2
  add $2,$1
  add $1,-1
lpe
lpb $2
  sub $2,1
  mov $4,$3
  equ $4,0
  mul $4,-1
  mov $0,$4
lpe
add $0,1
sub $0,1
div $0,-1
add $0,1
sub $0,1
mul $0,-1
add $0,1
