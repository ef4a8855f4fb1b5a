; A173014: a(1) = 1, for n >= 2; a(n) = the smallest number h such that sigma(h) = A000203(h) = a(n-1) + 4, a(n) = 0 if no such number exists.
; Formula: a(n) = lodamod(A014601(max(n-2,0)),8)+(n-1==0)
; 1,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7,0,3,4,7

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
seq $0,14601
mod $0,8
equ $1,0
add $0,$1
