; A212555: Values of ||G*(n)|| related to construction of graphs which contain all small trees.
; Formula: a(n) = A130518(n+3)-1
; 0,1,2,4,6,8,11,14,17,21,25

sub $0,-3
seq $0,130518
sub $0,1
