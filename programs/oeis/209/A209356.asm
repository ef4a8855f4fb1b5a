; A209356: The function g(n), the inverse of f(k) the shortest length of a binary linear intersecting code.
; 2,2,2,3,3,3,4,4,4,4,5,5,6

#offset 3

sub $0,3
lpb $0
  sub $0,1
  mov $2,$0
  lpb $2
    sub $2,2
    add $2,$1
    add $1,-1
  lpe
  mov $0,$1
  div $0,-1
  add $0,1
  bin $0,$2
  mov $2,$0
  sub $2,1
  mov $0,$2
  add $0,2
lpe
mov $0,$1
div $0,-1
add $0,2
