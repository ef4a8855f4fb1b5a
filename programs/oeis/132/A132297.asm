; A132297: Number of distinct Markov type classes of order 2 possible in binary strings of length n.
; Formula: a(n) = truncate((3*n-1)*(3*n-1)/12)+2
; 4,7,12,18,26,35,46,58,72,87,104,122,142,163,186,210,236,263,292

#offset 2

mul $0,3
sub $0,1
mul $0,$0
div $0,12
add $0,2
