; A178600: Expansion of the polynomial (1+x^3)*(1+x^11).
; Formula: a(n) = lodamod(truncate(lodafac(2*n-13,6)/5040),2)
; 1,0,0,1,0,0,0,0,0,0,0,1,0,0,1

mul $0,2
sub $0,13
fac $0,6
div $0,5040
mod $0,2
