; A084690: 4^n uses only distinct decimal digits.
; Formula: a(n) = A272576(n-1)
; 0,1,2,3,4,5,6,7,10

#offset 1

sub $0,1
seq $0,272576
