; A073260: Length of FixedPointList leading to value of [10^n]-th composite number.
; Formula: a(n) = sqrtint(6*max(n-1,2))+1
; 4,4,4,5,5,6,7,7,7,8,8,9,9

#offset 1

sub $0,1
max $0,2
mul $0,6
nrt $0,2
add $0,1
