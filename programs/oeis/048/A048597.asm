; A048597: Very round numbers: reduced residue system consists of only primes and 1.
; Formula: a(n) = gcd(truncate((max(n-2,0)-2)/2),2)+binomial(0-(max(n-2,0)-1),2)+1-(n-1==0)
; 1,2,3,4,6,8,12,18,24,30

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
sub $0,1
sub $2,$0
sub $0,1
bin $2,2
div $0,2
gcd $0,2
add $0,$2
add $0,1
equ $1,0
mul $1,-1
add $0,$1
