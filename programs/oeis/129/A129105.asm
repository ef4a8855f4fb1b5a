; A129105: Decimal expansion of 84446888 (see A129106).
; Formula: a(n) = 2*A128834(A314117(n-8))+6
; 8,4,4,4,6,8,8,8

#offset 8

sub $0,8
seq $0,314117
seq $0,128834
mul $0,2
add $0,6
