; A160419: a(n) = A160409(n+2)/2.
; Formula: a(n) = min(n,2)+lodafac(floor(binomial(n,3)/24),min(n,2))
; 1,2,2,2,2,2,4,8

#offset 1

mov $1,$0
min $0,2
bin $1,3
div $1,24
fac $1,$0
add $0,$1
