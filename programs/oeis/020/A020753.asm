; A020753: Sizes of successive increasing gaps between squarefree numbers.
; Formula: a(n) = truncate((11*n-1)/10)
; 1,2,3,4,5,6,7,8,9,10,12,13,14,15,16,17,18,19

#offset 1

mul $0,11
sub $0,1
div $0,10
