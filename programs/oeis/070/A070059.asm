; A070059: Decimal expansion of proton mass (in kilograms).
; Formula: a(n) = lodamod(A033428(A095982(n+26))-1,10)
; 1,6,7,2,6,2,1,9,2

#offset -26

add $0,26
seq $0,95982
seq $0,33428
sub $0,1
mod $0,10
