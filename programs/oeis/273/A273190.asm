; A273190: a(n) is the number of nonnegative m < n for which m + n is a perfect square.
; Formula: a(n) = sqrtint(max(n-1,0)+1+max(n-1,0))-sqrtint(max(n-1,0))-0^n
; 0,1,0,1,1,1,1,1,1,2,1,1,1,2,2,2,2,1,1,2,2,2,2,2,2,3,2,2,2,2,2,2,2,3,3,3,3,2,2,2,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4

pow $1,$0
sub $0,1
max $0,0
mov $2,$0
add $0,1
add $0,$2
nrt $0,2
nrt $2,2
sub $0,$2
sub $0,$1
