; A205565: Number of ways of writing n = u + v with u <= v, and u,v having in ternary representation no 3.
; 1,1,1,1,2,1,1,1,1,1,2,1,2,4,2,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,2,4,2,1,2,1,2,4,2,4,8,4,2,4,2,1,2,1,2,4,2,1,2,1,1,1,1,1,2,1,1,1,1,1,2,1,2,4,2,1,2,1,1,1,1,1,2,1,1,1

add $0,1
mov $1,1
lpb $0
  lpb $0
    add $0,1
    dif $0,3
    fac $2,$3
    sub $2,$1
    mul $1,2
  lpe
  add $0,2
  div $0,3
lpe
sub $0,$2
