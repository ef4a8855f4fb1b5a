; A241460: Number of simple connected graphs g on n nodes with |Aut(g)| = 14.
; Formula: a(n) = lodafac(truncate((n-1)/3),-2)
; 0,0,0,0,0,0,2,2,2,6

#offset 1

sub $0,1
div $0,3
fac $0,-2
