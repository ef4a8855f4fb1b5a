; A278290: Number of neighbors of each new term in a square array read by antidiagonals.
; Formula: a(n) = gcd(A054582(max(n-2,0)),4)-(n-1==0)
; 0,1,2,1,4,2,1,4,4,2,1,4,4,4,2,1,4,4,4,4,2,1,4,4,4,4,4,2,1,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,4,2,1,4,4,4,4,4,4,4,4,4,4,2,1,4

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
seq $0,54582
gcd $0,4
equ $1,0
sub $0,$1
