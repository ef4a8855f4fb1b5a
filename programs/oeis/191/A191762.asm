; A191762: Digital roots of the nonzero even squares.
; Formula: a(n) = lodamod(4*lodafac(n-5,2),9)+1
; 4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9,4,7,9,1,1,9,7,4,9

#offset 1

sub $0,5
fac $0,2
mul $0,4
mod $0,9
add $0,1
