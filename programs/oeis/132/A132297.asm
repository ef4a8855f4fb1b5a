; A132297: Number of distinct Markov type classes of order 2 possible in binary strings of length n.
; 4,7,12,18,26,35,46,58,72,87,104,122,142,163,186,210,236,263,292

#offset 2

sub $0,2
add $0,2
sub $0,1
add $0,1
mov $2,$0
sub $2,1
add $3,$2
add $3,$0
add $3,$2
mul $0,$3
div $0,4
sub $0,2
add $0,4
