; A369253: Parity of A038548, where A038548(n) is the number of divisors of n that are at most sqrt(n).
; Formula: a(n) = lodamod(truncate(A319410(n)/4)+1,2)
; 1,1,1,0,1,0,1,0,0,0,1,1,1,0,0,1,1,1,1,1,0,0,1,0,0,0,0,1,1,0,1,1,0,0,0,1,1,0,0,0,1,0,1,1,1,0,1,1,0,1,0,1,1,0,0,0,0,0,1,0,1,0,1,0,0,0,1,1,0,0,1,0,1,0,1,1,0,0,1,1

#offset 1

seq $0,319410
div $0,4
add $0,1
mod $0,2
