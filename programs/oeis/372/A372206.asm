; A372206: Largest prime that occurs infinitely often as an order of a rational point of an elliptic curve over a number field of degree n.
; Formula: a(n) = 2*(sqrtnint(23*lodapow(10000,n-1),8)%10)+5
; 7,13,13,17,19,19,23,23

#offset 1

sub $0,1
mov $1,10000
pow $1,$0
mov $0,$1
mul $0,23
nrt $0,8
mod $0,10
mul $0,2
add $0,5
