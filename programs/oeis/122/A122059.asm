; A122059: Number of different polygonal knots with n straight line segments.
; Formula: a(n) = lodamod(truncate(A011557(max(n-4,0))/89),5)+(n-3==0)
; 1,0,0,1,1,2,3,0,4

#offset 3

sub $0,3
mov $1,$0
sub $0,1
max $0,0
seq $0,11557
div $0,89
mod $0,5
equ $1,0
add $0,$1
