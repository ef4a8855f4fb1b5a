; A004401: Least number of edges in graph containing all trees on n nodes.
; Formula: a(n) = sqrtnint(2*(n-1)^5,4)
; 0,1,2,4,6,8,11,13,16,18

#offset 1

sub $0,1
pow $0,5
mul $0,2
nrt $0,4
