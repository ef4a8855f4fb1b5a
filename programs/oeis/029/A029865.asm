; A029865: Smallest covering radius of [ n,6 ] binary code.
; Formula: a(n) = truncate((144*n-576)/384)
; 0,1,1,1,2,2,3,3,3,4,4

#offset 6

mul $0,144
sub $0,576
div $0,384
