; A217290: Integers n such that 2*cos(2*Pi/n) is an integer.
; Formula: a(n) = A001068(n+3)-9
; -6,-4,-3,-2,-1,1,2,3,4,6

add $0,3
seq $0,1068
sub $0,9
