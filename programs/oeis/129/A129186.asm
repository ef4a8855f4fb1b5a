; A129186: Right shift operator generating 1's in shifted spaces.
; 1,1,0,0,1,0,0,0,1,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0

sub $0,1
max $0,0
sub $0,1
add $0,3
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
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
mul $4,-1
mov $0,$4
add $0,1
sub $0,1
div $0,-1
add $0,1
sub $0,1
