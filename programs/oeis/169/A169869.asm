; A169869: Maximum number of rational points on a smooth absolutely irreducible projective curve of genus n over the field F_2.
; 5,6,7,8,9,10,10,11,12,13,14

#offset 1

sub $0,1
sub $0,-2
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
mov $3,1
add $2,1
mul $0,$2
div $0,-1
sub $0,2
div $0,2
mul $0,3
sub $0,16
div $0,3
mul $0,8
add $0,67
sub $0,-60
div $0,-8
sub $0,-5
add $0,5
