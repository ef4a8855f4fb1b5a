; A353070: Solution to Forest of Numbers (Bosque de Números) puzzle for Transparent Queens starting with numbers 1 and 2 for an n X n square grid (see Comments).
; Formula: a(n) = truncate((24*n-192)/10)+17
; 3,5,8,10,13,15,17,19

#offset 2

mul $0,24
sub $0,192
div $0,10
add $0,17
