; A230059: Conjectural number of irreducible zeta values of weight 2*n+1 and depth three.
; Formula: a(n) = truncate((n-2)*(0-n)/-12)
; 0,0,0,0,1,2,2,4,5,6,8,10,11,14,16,18,21,24,26,30,33,36,40,44,47,52,56,60,65

#offset 1

sub $1,$0
sub $0,2
mul $0,$1
div $0,-12
