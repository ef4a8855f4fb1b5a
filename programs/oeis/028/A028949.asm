; A028949: Write numbers from 1 to n(n+1)/2 in a left-justified lower triangular array (a) downwards and (b) across; a(n) is number of numbers in same position in both.
; 1,3,4,4,5,4,4,6,4,6,4,6,6,4,6,4,6,6,4,6,4,5,8,4,10,4,4,6,6,10,4,4,6,4,6,4,4,10,6,6,4,6,10,4,6,6,6,8,4,6,8,4,6,6,8,6,6,6,6,8,6,4,10,6,6,6,4,10,6,6,4,4,8,4,6,6,6,6,6,14

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
sub $2,1
mov $3,1
mul $0,$2
lpb $0
  sub $0,1
  add $3,2
  sub $4,$5
  mov $5,$3
  gcd $5,$0
  bin $5,$3
lpe
sub $4,$5
mov $0,$4
div $0,-1
add $0,3
equ $1,0
mul $1,-2
add $0,$1
