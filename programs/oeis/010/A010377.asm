; A010377: Squares mod 14.
; Formula: a(n) = truncate(24*A001068(n-1)/17)
; 0,1,2,4,7,8,9,11

#offset 1

sub $0,1
seq $0,1068
mul $0,24
div $0,17
