; A086520: Number of integers strictly greater than (n-sqrt(n))/2 and strictly less than (n+sqrt(n))/2.
; Formula: a(n) = (max(n-1,0)+sqrtint(max(n-1,0)))%2+sqrtint(max(n-1,0))
; 0,0,1,2,1,2,3,2,3,2,3,4,3,4,3,4,3,4,5,4,5,4,5,4,5,4,5,6,5,6,5,6,5,6,5,6,5,6,7,6,7,6,7,6,7,6,7,6,7,6,7,8,7,8,7,8,7,8,7,8,7,8,7,8,7,8,9,8,9,8,9,8,9,8,9,8,9,8,9,8

sub $0,1
max $0,0
mov $1,$0
nrt $1,2
add $0,$1
mod $0,2
add $0,$1
