; A356334: a(n) is the number of nonnegative integer solutions (x; y) with x <= y of x^(n+1) + y^(n+1) = (x+y)^n.
; 1,3,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

add $0,1
mov $1,$0
mov $2,3
lpb $1
  equ $3,$0
  sub $1,1
  add $3,$2
  sub $2,$3
  sub $2,-1
lpe
mov $0,$3
sub $0,3
div $0,-1
add $0,1
