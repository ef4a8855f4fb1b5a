; A195669: Length of longest Sokoban game with n spaces and 1 bag on a hexagonal board.
; 1,2,4,7,9,13,15,18,20

#offset 3

sub $0,3
sub $0,1
mov $3,$0
lpb $3
  add $0,$3
  div $3,2
lpe
sub $0,-1
add $0,1
