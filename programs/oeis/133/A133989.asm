; A133989: Define fu(1,1) = 0. Then a(n) = fu(1,n) = smallest number t such that an n X 1 strip of n squares can be cut into n squares using p_1, p_2, ..., p_t cuts where p_t is a prime number or p_t = 1.
; Formula: a(n) = truncate(((sqrtint(n+5)+(n+6))%2-sqrtint(n+6))/-1)-1
; 0,1,1,1,2,1,2,1,2,2,2,3,2

#offset 1

add $0,5
mov $1,$0
add $1,1
nrt $0,2
add $0,$1
mod $0,2
nrt $1,2
sub $0,$1
div $0,-1
sub $0,1
