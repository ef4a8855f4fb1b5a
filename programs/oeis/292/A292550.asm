; A292550: a(n) = smallest k >= 1 such that {1, 3^n, 5^n, ... , (4*k-1)^n} can be partitioned into two sets with equal sums.
; Formula: a(n) = truncate(((n+1)*(n+2)-5)/3)+(n-1==2)+2
; 1,2,4,8,10,14,19,24

sub $0,1
mov $1,$0
add $0,2
fac $0,2
sub $0,5
div $0,3
equ $1,2
add $0,$1
add $0,2
