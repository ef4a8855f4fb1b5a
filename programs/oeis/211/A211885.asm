; A211885: Number of lower triangular n X n arrays of integers 0 upwards introduced in row major order, with each element unique in its row and column, and containing the value n(n+1)/2-2.
; Formula: a(n) = binomial(binomial(max(n-2,0)+2,2),2)-binomial(0-(max(n-2,0)+1),3)+1+(-2*(n-1==0))
; 0,2,8,26,66,141,267,463,751

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,1
sub $2,$0
bin $2,3
add $0,1
bin $0,2
bin $0,2
sub $0,$2
add $0,1
equ $1,0
mul $1,-2
add $0,$1
