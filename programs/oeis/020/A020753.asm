; A020753: Sizes of successive increasing gaps between squarefree numbers.
; 1,2,3,4,5,6,7,8,9,10,12,13,14,15,16,17,18,19

#offset 1

sub $0,1
mul $0,11
lpb $3
  sub $3,1
lpe
div $0,10
add $0,1
