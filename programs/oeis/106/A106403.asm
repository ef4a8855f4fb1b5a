; A106403: Primitive exponents of the Weyl group W(E_8).
; Formula: a(n) = 4*floor(3*(n+sqrtint(floor(n/2)))/2)-1
; 3,15,23,27,35,39,47,59

#offset 1

mov $1,$0
div $1,2
nrt $1,2
add $0,$1
mul $0,3
div $0,2
mul $0,4
sub $0,1
