; A368830: Number of square unlabeled endofunctions from n points to themselves.
; 1,1,2,4,9,20,47,105

sub $0,1
mov $1,$0
add $0,11
div $0,2
add $0,$1
lpb $1
  sub $1,1
  mul $0,2
  add $0,$1
lpe
div $0,11
add $0,1
