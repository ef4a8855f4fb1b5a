; A001438: Maximal number of mutually orthogonal Latin squares (or MOLS) of order n.
; Formula: a(n) = lodadif(n-1,5)
; 1,2,3,4,1,6,7,8

#offset 2

sub $0,1
dif $0,5
