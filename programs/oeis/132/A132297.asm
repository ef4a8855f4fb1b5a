; A132297: Number of distinct Markov type classes of order 2 possible in binary strings of length n.
; 4,7,12,18,26,35,46,58,72,87,104,122,142,163,186,210,236,263,292

#offset 2

sub $0,2
add $0,1
gcd $3,$0
mul $3,3
sub $3,-1
lpb $3
  add $1,$3
  sub $3,2
lpe
mov $0,$1
sub $0,6
div $0,3
add $0,4
