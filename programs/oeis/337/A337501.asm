; A337501: Minimum number of painted cells in an n X n grid to avoid unpainted trominoes.
; Formula: a(n) = truncate(floor(3*n/2)*(0-n)/-3)
; 0,2,4,8,11,18,23,32,39,50

#offset 1

sub $1,$0
mul $0,3
div $0,2
mul $0,$1
div $0,-3
