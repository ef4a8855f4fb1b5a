; A195669: Length of longest Sokoban game with n spaces and 1 bag on a hexagonal board.
; 1,2,4,7,9,13,15,18,20

#offset 3

sub $0,3
sub $0,1
mov $2,$0
lpb $2
  add $0,$2
  div $2,2
lpe
lpb $0
  add $0,1
lpe
sub $0,-1
add $0,1
