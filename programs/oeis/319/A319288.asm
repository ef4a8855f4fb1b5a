; A319288: a(n) is the smallest k such that A319284(n, k) >= A319284(n, j) for all 0 <= j <= n.
; Formula: a(n) = truncate((11*n-24)/13)+1
; 0,0,1,1,2,3,4,5,5,6,7,8,9,10,11,11,12,13,14,15

mul $0,11
sub $0,24
div $0,13
add $0,1
