; A095949: Position of consonants in English alphabet.
; 2,3,4,5,6,7,8,10,11,12,13,14,16,17,18,19,20,22,23,24,25,26

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  sub $1,5
  add $0,1
lpe
sub $0,7
sub $0,-3
add $0,3
mul $0,4
add $0,1
sub $0,21
div $0,4
mul $0,18
add $0,3
sub $0,21
div $0,18
sub $0,-1
sub $0,-8
add $0,2
