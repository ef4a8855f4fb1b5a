; A018246: A self-generating sequence: there are a(n) (k+1)'s between successive k's, where k=5.
; 5,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6,6,6,5,6,6,6,6

#offset 1

sub $0,1
mul $0,3
equ $1,$0
trn $0,2
lpb $0
  equ $1,0
  add $1,2
  equ $1,$0
  seq $0,66628
lpe
pow $0,$1
add $0,5
