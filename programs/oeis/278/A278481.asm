; A278481: Number of neighbors of the n-th term in a full isosceles triangle read by rows.
; Formula: a(n) = 2*min(2*A007318(n-1)-lodafac(0,n-1),3)
; 2,4,4,4,6,4,4,6,6,4,4,6,6,6,4,4,6,6,6,6,4,4,6,6,6,6,6,4,4,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,6,4,4,6,6,6,6,6,6,6,6,6,6,4,4,6

#offset 1

sub $0,1
fac $1,$0
seq $0,7318
mul $0,2
sub $0,$1
min $0,3
mul $0,2
