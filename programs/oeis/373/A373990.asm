; A373990: a(n) = 1 if the binary weight of n is not greater than the 2-adic valuation of 2*n, otherwise 0.
; Formula: a(n) = lodamod(truncate(lodabin(n-1+n,n)/gcd(n,lodabin(n-1+n,n))),2)
; 1,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,1,0,1,0,1,0,0,0,1,0,0,0,1,0,0,0,1

#offset 1

sub $0,1
mov $1,$0
add $1,1
add $0,$1
bin $0,$1
gcd $1,$0
div $0,$1
mod $0,2
