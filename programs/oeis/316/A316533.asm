; A316533: a(n) is the Sprague-Grundy value of the Node-Kayles game played on the generalized Petersen graph P(n,2).
; Formula: a(n) = (lodadgs(n-3,3)==2)
; 1,0,1,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0

#offset 5

sub $0,3
dgs $0,3
equ $0,2
