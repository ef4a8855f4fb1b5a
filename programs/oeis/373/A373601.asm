; A373601: a(n) = 1 if the sum of prime factors (with multiplicity) of A276086(n) is a multiple of 3, otherwise 0, where A276086 is the primorial base exp-function.
; Formula: a(n) = lodamod(truncate(A166727(A032766(n)+2)*A166727(A032766(n)+2)/3)-1,2)
; 1,0,1,0,1,0,0,0,0,0,0,0,0,1,0,1,0,1,1,0,1,0,1,0,0,0,0,0,0,0,0,1,0,1,0,1,1,0,1,0,1,0,0,0,0,0,0,0,0,1,0,1,0,1,1,0,1,0,1,0,0,0,0,0,0,0,0,1,0,1,0,1,1,0,1,0,1,0,0,0

seq $0,32766
add $0,2
seq $0,166727
mul $0,$0
div $0,3
sub $0,1
mod $0,2
