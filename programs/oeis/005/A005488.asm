; A005488: Maximal number of edges in a b^{hat} graceful graph with n nodes.
; Formula: a(n) = sqrtnint(n^5,3)-n
; 0,1,3,6,9,13,18,24,29

#offset 1

mov $1,$0
pow $0,5
nrt $0,3
sub $0,$1
