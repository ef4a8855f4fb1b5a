; A360210: Indices of squares in A068869.
; Formula: a(n) = n-1+sqrtint(4*sqrtint(n-1))+1
; 1,4,5,6,7,8,9,10,11,13,14,15,16

#offset 1

sub $0,1
mov $1,$0
nrt $1,2
mul $1,4
nrt $1,2
add $0,$1
add $0,1
