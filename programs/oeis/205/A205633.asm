; A205633: Expansion of f(x^3, x^7) in powers of x where f() is Ramanujan's two-variable theta function.
; Formula: a(n) = (sqrtint(5*n+1)+sqrtint(5*n))%2
; 1,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0

mul $0,5
mov $1,$0
add $0,1
nrt $1,2
nrt $0,2
add $0,$1
mod $0,2
