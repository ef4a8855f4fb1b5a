; A101432: Each term is the number of letters in the Spanish name of the previous term.
; Formula: a(n) = lodamod(truncate((4*n-5)/2),4)+3
; 1,3,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6,4,6

mul $0,4
sub $0,5
div $0,2
mod $0,4
add $0,3
