; A250000: Peaceable coexisting armies of queens: the maximum number m such that m white queens and m black queens can coexist on an n X n chessboard without attacking each other.
; 0,0,1,2,4,5,7,9,12,14,17,21,24,28,32

#offset 1

sub $0,1
mov $3,$0
lpb $3
  sub $3,3
  add $0,$3
lpe
mul $0,21
div $0,26
mul $0,2
div $0,2
