; A080342: Number of weighings required to identify a single bad coin out of n coins, using a two-pan balance.
; Formula: a(n) = logint(3*n-1,3)
; 0,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

mul $0,3
sub $0,1
log $0,3
