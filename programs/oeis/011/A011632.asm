; A011632: 28th cyclotomic polynomial.
; 1,0,-1,0,1,0,-1,0,1,0,-1,0,1

add $0,1
mov $1,$0
mov $2,2
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  sub $2,$3
lpe
mov $0,$3
sub $0,2
div $0,-2
mul $0,3
div $0,-3
add $0,1
