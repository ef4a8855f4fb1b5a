; A010387: Squares mod 25.
; Formula: a(n) = truncate((15*n-20)/6)
; 0,1,4,6,9,11,14,16,19,21,24

#offset 1

mul $0,15
sub $0,20
div $0,6
