; A329422: Maximum length of a binary n-similar word.
; Formula: a(n) = 2*floor((n+23)*(n+24)/14)-75
; 3,9,17,25,33,41,49,57,65,75

add $0,23
fac $0,2
div $0,14
mul $0,2
sub $0,75
