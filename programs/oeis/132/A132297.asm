; A132297: Number of distinct Markov type classes of order 2 possible in binary strings of length n.
; 4,7,12,18,26,35,46,58,72,87,104,122,142,163,186,210,236,263,292

#offset 2

mul $0,3
sub $0,1
mul $0,$0
div $0,12
add $0,2
