; A278299: a(n) is the tile count of the smallest polyomino with an n-coloring such that every color is adjacent to every other distinct color at least once.
; Formula: a(n) = truncate((A065383(n)-3)/2)+2
; 2,4,6,9,12,15,19,24,30,34

#offset 2

seq $0,65383
sub $0,3
div $0,2
add $0,2
