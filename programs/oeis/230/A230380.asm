; A230380: The size of an optimal binary code of length n and edit distance 4.
; Formula: a(n) = truncate(A022350(n-3)/10)+1
; 1,2,2,4,5,9,13,21

#offset 3

sub $0,3
seq $0,22350
div $0,10
add $0,1
