; A254651: Characteristic function of A254614, numbers that are either odd or evil (or both).
; Formula: a(n) = gcd(sumdigits(n,2)+1,n)%2
; 1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1,0,1,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1

mov $1,$0
dgs $0,2
add $0,1
gcd $0,$1
mod $0,2
