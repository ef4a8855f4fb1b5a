; A255524: Let EKG-n denote the EKG sequence (A064413) started with n rather than 2, and suppose EKG-n first merges with some other EKG-i (i >= 2) sequence after f(n) (= A255583(n)) steps; then a(n) = smallest value of i such that EKG-i meets EKG-n after f(n) steps.
; Formula: a(n) = lodamod(lodamod(A345110(lodapow(3,n-2)),18)+3,10)
; 4,6,2,3,3,3,2,3,3

#offset 2

sub $0,2
mov $1,3
pow $1,$0
seq $1,345110
mov $0,$1
mod $0,18
add $0,3
mod $0,10
