; A250000: Peaceable coexisting armies of queens: the maximum number m such that m white queens and m black queens can coexist on an n X n chessboard without attacking each other.
; Formula: a(n) = truncate((n*n-1+sum(k=1,n,k+1))/11)
; 0,0,1,2,4,5,7,9,12,14,17,21,24,28,32

#offset 1

mov $1,$0
mul $0,$0
sub $0,1
lpb $1
  sub $1,1
  add $0,$1
  add $0,2
lpe
div $0,11
