; A267447: Number of OFF (white) cells in the n-th iteration of the "Rule 129" elementary cellular automaton starting with a single ON (black) cell.
; Formula: a(n) = A071051(max(n-1,0)+1)+(-3*(n==0))
; 0,3,4,7,4,8,8,15,4,8,8,16,8,16,16,31,4,8,8,16,8,16,16,32,8,16,16,32,16,32,32,63,4,8,8,16,8,16,16,32,8,16,16,32,16,32,32,64,8,16,16,32,16,32,32,64,16,32,32,64,32,64,64,127,4,8,8,16,8,16,16,32,8,16,16,32,16,32,32,64

mov $1,$0
sub $0,1
max $0,0
add $0,1
seq $0,71051
equ $1,0
mul $1,-3
add $0,$1
