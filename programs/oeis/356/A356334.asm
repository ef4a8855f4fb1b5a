; A356334: a(n) is the number of nonnegative integer solutions (x; y) with x <= y of x^(n+1) + y^(n+1) = (x+y)^n.
; 1,3,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3

add $0,1
sub $0,1
sub $1,4
add $2,$1
lpb $0
  sub $0,1
  lpb $2
    sub $2,1
  lpe
  sub $2,$1
  add $1,$2
  sub $1,2
  sub $2,$1
lpe
mov $0,$2
sub $0,-4
div $0,4
add $0,1
