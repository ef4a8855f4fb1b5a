; A110507: Number of nodes in the smallest cubic graph with crossing number n.
; 4,6,10,14,16,18,20,22,24,26,28,28

mul $0,20
sub $0,15
mov $1,2
lpb $0
  add $1,2
  sub $0,$1
lpe
mov $0,$1
add $0,2
