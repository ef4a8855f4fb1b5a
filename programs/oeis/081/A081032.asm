; A081032: Positions of black keys on piano keyboard, starting with A0 = the 1st key.
; 2,5,7,10,12,14,17,19,22,24,26,29,31,34,36,38,41,43,46,48,50,53,55,58,60,62,65,67,70,72,74,77,79,82,84,86

#offset 1

sub $0,1
add $0,12
sub $0,1
add $0,1
mov $2,$0
sub $2,1
add $0,12
add $0,$2
sub $0,2
mul $0,6
add $0,12
sub $0,6
div $0,5
mul $0,4
div $0,4
sub $0,40
add $0,2
