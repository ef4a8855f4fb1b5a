; A157616: On an n X n board, a(n) is the maximal number of squares covered by a self-avoiding path that starts from a corner and is made of alternated vertical and horizontal unitary steps.
; Formula: a(n) = 2*floor(n/2)*(n-1)-(n-1==0)+2
; 1,4,6,14,18,32,38,58,66,92,102,134

#offset 1

sub $0,1
mov $1,$0
add $0,1
div $0,2
mul $0,2
mul $0,$1
equ $1,0
mul $1,-1
add $0,$1
add $0,2
