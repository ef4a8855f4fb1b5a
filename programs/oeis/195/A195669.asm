; A195669: Length of longest Sokoban game with n spaces and 1 bag on a hexagonal board.
; 1,2,4,7,9,13,15,18,20

#offset 3

sub $0,4
mov $1,$0
lpb $1
  add $0,$1
  div $1,2
lpe
add $0,2
