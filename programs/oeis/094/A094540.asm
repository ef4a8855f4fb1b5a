; A094540: Last digit of the n-th perfect number.
; Formula: a(n) = -2*(sqrtint(A384678(A027688(n-1)))%2)+8
; 6,8,6,8,6,6,8,8,6,6,8,8,6,8,8,8,6

#offset 1

sub $0,1
seq $0,27688
seq $0,384678
nrt $0,2
mod $0,2
mul $0,-2
add $0,8
