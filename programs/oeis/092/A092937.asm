; A092937: Differences nextprime(2k) - precprime(2k) having maximum prime density for 2k <= 10^n.
; Formula: a(n) = 6*sqrtnint(A000351(n-2),7)
; 6,6,6,6,12,18,18,30

#offset 2

sub $0,2
seq $0,351
nrt $0,7
mul $0,6
