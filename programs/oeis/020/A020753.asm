; A020753: Sizes of successive increasing gaps between squarefree numbers.
; 1,2,3,4,5,6,7,8,9,10,12,13,14,15,16,17,18,19

#offset 1

sub $0,1
gcd $3,$0
mul $3,12
lpb $3
  div $3,6
  add $1,$3
  sub $3,1
lpe
add $0,$1
mul $0,5
div $0,15
mul $0,2
div $0,2
add $0,1
