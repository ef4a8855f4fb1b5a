; A181405: Total number of n-digit numbers requiring 8 positive cubes in their representation as sum of cubes.
; Formula: a(n) = 3*lodamod(min(n-1,3)*min(n-1,3),9)
; 0,3,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
min $0,3
mul $0,$0
mod $0,9
mul $0,3
