; A296522: Number of disjoint covering systems of cardinality n with gcd of the moduli equal to 1.
; Formula: a(n) = 30*binomial(max(n-2,0),11)+(n-1==0)
; 1,0,0,0,0,0,0,0,0,0,0,0,30

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
bin $0,11
mul $0,30
equ $1,0
add $0,$1
