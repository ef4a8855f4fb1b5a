; A329422: Maximum length of a binary n-similar word.
; 3,9,17,25,33,41,49,57,65,75

add $0,23
fac $0,2
div $0,14
mul $0,2
sub $0,75
