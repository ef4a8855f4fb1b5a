; A302980: Size of the smallest square Minesweeper grid that allows each number from 0 to 8 to appear exactly n times.
; 5,7,8,9,10,11,12,13,13,14

#offset 1

sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  sub $3,13
  sub $0,-1
  add $2,$2
  div $2,$3
lpe
add $0,5
