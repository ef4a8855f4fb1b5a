; A265286: Minimal number of pieces of a cake such that they can be distributed equally among k guests for any k=1,2,...,n.
; Formula: a(n) = truncate(((n+9)*(n+9)-100)/12)+1
; 1,2,4,6,9,11,14,16,19

#offset 1

add $0,9
mul $0,$0
sub $0,100
div $0,12
add $0,1
