; A161841: Number of factors, with repetition, in all distinct pairs (a <= b) such that a*b = n.
; Formula: a(n) = 2*truncate(A319410(n)/4)+2
; 2,2,2,4,2,4,2,4,4,4,2,6,2,4,4,6,2,6,2,6,4,4,2,8,4,4,4,6,2,8,2,6,4,4,4,10,2,4,4,8,2,8,2,6,6,4,2,10,4,6,4,6,2,8,4,8,4,4,2,12,2,4,6,8,4,8,2,6,4,8,2,12,2,4,6,6,4,8,2,10

#offset 1

seq $0,319410
div $0,4
mul $0,2
add $0,2
