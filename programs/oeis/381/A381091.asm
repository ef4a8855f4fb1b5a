; A381091: Connected domination number of the n X n queen graph.
; Formula: a(n) = truncate(3*truncate((6*n-6)/7)/4)+1
; 1,1,1,2,3,4,4,5,5,6,7,7,8,9

#offset 1

mul $0,6
sub $0,6
div $0,7
mul $0,3
div $0,4
add $0,1
