; A121150: Minimal number of vertices in an n-polyomino.
; Formula: a(n) = n-1+sqrtint(4*(n-1)+1)+3
; 4,6,8,9,11,12,14,15,16,18,19,20,22,23,24,25,27,28

#offset 1

sub $0,1
mov $1,$0
mul $1,4
add $1,1
nrt $1,2
add $0,$1
add $0,3
