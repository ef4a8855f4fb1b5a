; A124157: Maximal number of edges in a doubly linear graph with n nodes.
; 0,1,3,6,10,15,21,28,35

#offset 1

sub $0,1
add $0,1
pow $0,2
mul $0,3
div $0,7
mul $0,26
div $0,25
