; A368830: Number of square unlabeled endofunctions from n points to themselves.
; 1,1,2,4,9,20,47,105

add $0,1
add $2,-3
lpb $0
  sub $0,1
  add $3,$3
  add $2,$1
  div $1,-3
  sub $3,$1
  add $1,$2
lpe
mov $0,$3
div $0,-3
add $0,1
