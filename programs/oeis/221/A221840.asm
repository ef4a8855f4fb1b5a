; A221840: Number of sets of n squares providing dissections of a square.
; Formula: a(n) = gcd(lodadgs(n-1,2),2)+1+2*max(n-1-6,0)-2
; 1,0,0,1,0,1,1,2,4,7

#offset 1

sub $0,1
mov $1,$0
dgs $0,2
gcd $0,2
trn $1,6
mul $1,2
add $0,1
add $0,$1
sub $0,2
