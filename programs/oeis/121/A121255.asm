; A121255: Number of conjugated cycles composed of ten carbons in (n,n)-nanotubes in terms of the number of naphthalene units.
; Formula: a(n) = 4*(A001906(n-1)+(n-1)*A001906(n-1))
; 0,8,36,128,420,1320,4032,12064,35532,103360,297660,850128

#offset 1

sub $0,1
mov $1,$0
seq $0,1906
mul $1,$0
add $0,$1
mul $0,4
