; A005776: Exponents m_i associated with Weyl group W(E_8).
; Formula: a(n) = 2*floor(3*(n+sqrtint(floor(n/2)))/2)-1
; 1,7,11,13,17,19,23,29

#offset 1

mov $1,$0
div $1,2
nrt $1,2
add $0,$1
mul $0,3
div $0,2
mul $0,2
sub $0,1
