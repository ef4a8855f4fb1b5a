; A169869: Maximum number of rational points on a smooth absolutely irreducible projective curve of genus n over the field F_2.
; 5,6,7,8,9,10,10,11,12,13,14

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,5
add $0,$0
add $0,1
add $0,50
add $0,24
sub $0,106
mul $0,2
add $0,36
sub $0,8
div $0,4
add $0,3
sub $0,-2
add $0,5
