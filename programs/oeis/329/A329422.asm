; A329422: Maximum length of a binary n-similar word.
; 3,9,17,25,33,41,49,57,65,75

sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
mul $1,5
sub $1,1
sub $2,4
sub $2,2
sub $2,2
sub $2,1
mul $1,$2
mov $0,$1
div $0,-11
mul $0,2
add $0,3
