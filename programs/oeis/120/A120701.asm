; A120701: Number of unit circles which fit touching a circle of radius n-1, i.e., with their centers on a circle of radius n.
; 2,6,9,12,15,18,21,25,28,31,34,37,40,43,47,50,53,56,59,62,65,69,72,75,78,81,84,87,91,94,97,100,103,106,109,113,116,119,122,125,128,131,135,138,141,144,147,150,153,157,160,163,166,169,172,175,179,182,185,188,191,194,197,201,204,207,210,213,216,219,223,226,229,232,235,238,241,245,248,251

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,7
add $0,10
sub $0,1
add $0,1
add $1,4
mul $0,$1
mul $0,11
div $0,14
sub $0,11
add $0,1
sub $0,2
mul $0,2
add $0,2
sub $0,-4
div $0,2
add $0,1
sub $0,7
add $0,1
sub $0,-5
add $0,2
sub $0,-10
mov $3,$2
equ $3,0
mul $3,-4
add $0,$3
