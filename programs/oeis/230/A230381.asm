; A230381: The size of an optimal binary code of length n and edit distance 5.
; Formula: a(n) = sqrtnint(A000302(n-4)+12,4)
; 1,2,2,2,4,5,8,11

#offset 4

sub $0,4
seq $0,302
add $0,12
nrt $0,4
