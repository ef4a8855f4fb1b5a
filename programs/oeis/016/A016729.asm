; A016729: Highest minimal Hamming distance of any Type 4^H+ Hermitian additive self-dual code over GF(4) of length n.
; Formula: a(n) = floor((n+1+gcd(floor((n+1)/2),3)+2)/3)
; 1,2,2,2,3,4,3,4,4,4,5,6,5,6,6,6,7,8,7,8,8,8

#offset 1

add $0,1
mov $1,$0
div $1,2
gcd $1,3
add $0,$1
add $0,2
div $0,3
