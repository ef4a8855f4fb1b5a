; A320278: a(n) is the number of positive integers 0 < i < n such that i + n is a square.
; Formula: a(n) = sqrtint(max(n-1,0)+(max(n-1,0)+1))-sqrtint(max(n-1,0)+1)
; 0,0,0,1,0,1,1,1,1,1,1,1,1,2,2,2,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,2,2,2,2,2,3,3,3,3,3,3,3,3,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4

sub $0,1
max $0,0
mov $1,$0
add $1,1
add $0,$1
nrt $0,2
nrt $1,2
sub $0,$1
