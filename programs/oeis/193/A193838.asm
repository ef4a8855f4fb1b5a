; A193838: Size k of smallest square of k X k lattice points from which n points with distinct mutual distances can be chosen.
; Formula: a(n) = truncate(((n+8)*(n+8)-63)/24)+1
; 1,2,3,4,5,6,7,9,10,11,13,15,16,18

#offset 1

add $0,8
mul $0,$0
sub $0,63
div $0,24
add $0,1
