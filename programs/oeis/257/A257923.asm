; A257923: Number of prime factors of the n-th Giuga number A007850(n).
; Formula: a(n) = sqrtint(floor(100*n/19))+1
; 3,4,4,5,6,6,7,7,7,8,8,8

#offset 1

mul $0,100
div $0,19
nrt $0,2
add $0,1
