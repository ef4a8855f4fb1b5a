; A124157: Maximal number of edges in a doubly linear graph with n nodes.
; Formula: a(n) = sqrtnint((n-1)^12,7)
; 0,1,3,6,10,15,21,28,35

#offset 1

sub $0,1
pow $0,12
nrt $0,7
