; A145052: One-third of the number of n X n nonnegative integer arrays with every 3 X 3 subblock summing to 1.
; Formula: a(n) = 4*A329774(n-3)-1
; 3,7,11,15,27,39,51,87,123,159,267,375,483,807,1131,1455,2427,3399,4371,7287,10203,13119,21867,30615

#offset 3

sub $0,3
seq $0,329774
mul $0,4
sub $0,1
