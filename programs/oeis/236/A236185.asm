; A236185: Differences between terms of compacting Eratosthenes sieve for prime(4) = 7.
; Formula: a(n) = 2*lodamod(lodadif(lodamod(n-1,8),6)-4,2)+4
; 4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6,4,2,4,2,4,6,2,6

#offset 1

sub $0,1
mod $0,8
dif $0,6
sub $0,4
mod $0,2
mul $0,2
add $0,4
