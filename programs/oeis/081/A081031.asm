; A081031: Positions of white keys on piano keyboard, starting with A0 = the 1st key.
; 1,3,4,6,8,9,11,13,15,16,18,20,21,23,25,27,28,30,32,33,35,37,39,40,42,44,45,47,49,51,52,54,56,57,59,61,63,64,66,68,69,71,73,75,76,78,80,81,83,85,87,88

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,4
mul $0,2
add $0,2
sub $0,-2
add $0,5
mul $0,6
sub $0,17
div $0,7
div $0,4
