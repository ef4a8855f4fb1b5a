; A394669: Number of terms in the discriminant of the monic polynomial f(x) = x^n + a1 * x^{n-1} + ... + an whose absolute coefficient is equal to A240582(n).
; Formula: a(n) = floor(gcd(n-3,-24)/3)%2+1
; 1,1,1,1,1,2,2,1,1,1,1,2,1,1

#offset 1

sub $0,3
gcd $0,-24
div $0,3
mod $0,2
add $0,1
