; A267654: Irregular triangle of palindromic subsequences. Every row has 2*n+1 terms. From the second row, there are only two alternated numbers: 2*n+4 and 2*n+2.
; Formula: a(n) = -2*((n+sqrtint(n))%2-sqrtint(n))+2
; 2,4,2,4,6,4,6,4,6,8,6,8,6,8,6,8,10,8,10,8,10,8,10,8,10,12,10,12,10,12,10,12,10,12,10,12,14,12,14,12,14,12,14,12,14,12,14,12,14,16,14,16,14,16,14,16,14,16,14,16,14,16,14,16

mov $1,$0
nrt $1,2
add $0,$1
mod $0,2
sub $0,$1
mul $0,-2
add $0,2
