; A323170: a(n) = 1 if (2*phi(n)) < n, 0 otherwise, where phi is Euler totient function (A000010).
; Formula: a(n) = lodamod(truncate((lodabin(n,lodadif(gcd(0,n),2))-1)/2),2)
; 0,0,0,0,0,1,0,0,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1

#offset 1

gcd $1,$0
dif $1,2
bin $0,$1
sub $0,1
div $0,2
mod $0,2
