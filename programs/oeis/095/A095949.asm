; A095949: Position of consonants in English alphabet.
; Formula: a(n) = truncate((12*n-36)/10)+4
; 2,3,4,5,6,7,8,10,11,12,13,14,16,17,18,19,20,22,23,24,25,26

#offset 1

mul $0,12
sub $0,36
div $0,10
add $0,4
