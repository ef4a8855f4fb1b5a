; A136725: Primitive dimensions of Hadamard matrices.
; Formula: a(n) = max(min(2*(n-1),4)*(gcd(0,2*(n-1))-1)-1,0)+1
; 1,2,12,20,28,36,44,52,60,68,76,84,92,100

#offset 1

sub $0,1
mul $0,2
gcd $1,$0
min $0,4
sub $1,1
mul $0,$1
trn $0,1
add $0,1
