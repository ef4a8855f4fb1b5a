; A137237: Number of non-isomorphic drawings of K_n with minimum crossings.
; Formula: a(n) = lodadgs(8*n-3,3)-2
; 1,1,1,1,1,1,5,3

#offset 1

mul $0,8
sub $0,3
dgs $0,3
sub $0,2
