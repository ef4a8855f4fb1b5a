; A223082: Number of n-digit numbers N with distinct digits such that N divides the reversal of N.
; Formula: a(n) = lodamod(lodabin(n-2,lodapow(0-(n-4),n-2)+1)+10,10)
; 9,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,4
sub $1,$0
add $0,2
pow $1,$0
add $1,1
bin $0,$1
add $0,10
mod $0,10
