; A110507: Number of nodes in the smallest cubic graph with crossing number n.
; 4,6,10,14,16,18,20,22,24,26,28,28

add $0,$0
sub $0,1
max $0,0
sub $0,1
add $0,2
mul $0,6
sub $0,1
sub $0,-2
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
mov $0,$2
sub $0,-3
mul $0,-2
add $0,4
