; A352208: Largest number of maximal 3-colorable node-induced subgraphs of an n-node graph.
; 1,1,1,4,10,20,35,56,84

#offset 1

sub $0,1
sub $0,1
fac $0,3
mul $0,5
sub $0,14
div $0,5
div $0,6
mul $0,64
add $0,64
sub $0,64
div $0,64
add $0,1
