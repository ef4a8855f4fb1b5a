; A181020: Maximum number of 1s in an nX(n+1) binary matrix with no three 1s adjacent in a line along a row, column or diagonally.
; Formula: a(n) = floor((n+8)/6)+binomial(0-n,2)
; 2,4,7,12,17,23,30,38,47,58

#offset 1

sub $1,$0
add $0,8
div $0,6
bin $1,2
add $0,$1
