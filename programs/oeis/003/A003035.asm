; A003035: Maximal number of 3-tree rows in n-tree orchard problem.
; 0,0,1,1,2,4,6,7,10,12,16,19,22,26

#offset 1

sub $0,1
add $0,1
lpb $0
  sub $0,2
  sub $3,$0
lpe
mov $0,$3
sub $0,-1
mul $0,-10
mul $0,2
sub $0,162
div $0,2
add $0,97
div $0,16
mul $0,6
div $0,6
