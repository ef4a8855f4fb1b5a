; A033827: Critical dimensions for N-modular lattices.
; Formula: a(n) = 2*truncate((A091915(n)-10)/3)+8
; 2,4,4,4,6,8,8,12,16,24

#offset 1

seq $0,91915
sub $0,10
div $0,3
mul $0,2
add $0,8
