; A005796: Degrees of fundamental invariants of Weyl group W(E_8).
; Formula: a(n) = 2*floor(3*(n+sqrtint(floor(n/2)))/2)
; 2,8,12,14,18,20,24,30

#offset 1

mov $1,$0
div $1,2
nrt $1,2
add $0,$1
mul $0,3
div $0,2
mul $0,2
