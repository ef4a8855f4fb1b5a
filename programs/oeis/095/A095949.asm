; A095949: Position of consonants in English alphabet.
; 2,3,4,5,6,7,8,10,11,12,13,14,16,17,18,19,20,22,23,24,25,26

#offset 1

sub $0,1
sub $0,2
add $0,1
add $0,$0
sub $0,2
mul $0,3
div $0,5
add $0,1
sub $0,3
mul $0,2
add $0,4
sub $0,-4
div $0,2
add $0,2
