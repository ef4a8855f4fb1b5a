; A002337: Weight distribution of [8,4,4] Hamming code.
; Formula: a(n) = floor(binomial(gcd(gcd(0,n)+4,n+gcd(0,n)),3)/4)
; 1,0,0,0,14,0,0,0,1

gcd $1,$0
add $0,$1
add $1,4
gcd $1,$0
bin $1,3
mov $0,$1
div $0,4
