; A075692: Upper irredundance number for queens graph Q_n on n^2 nodes.
; Formula: a(n) = logint(11*lodapow(n-1,n-1),4)
; 1,1,2,4,5,7,9,11,13,15

#offset 1

sub $0,1
pow $0,$0
mul $0,11
log $0,4
