; A178600: Expansion of the polynomial (1+x^3)*(1+x^11).
; 1,0,0,1,0,0,0,0,0,0,0,1,0,0,1

mul $0,2
sub $0,13
fac $0,6
div $0,5040
mod $0,2
