; A347581: The Barnyard sequence: a(n) is the minimum number of unit length line segments required to enclose areas of 1 through n on a square grid.
; Formula: a(n) = truncate(((n-1)*(n-1)+4*(n-1))/5)+4*(n-1)+4
; 4,9,14,20,26,33,40,47,55,63

#offset 1

sub $0,1
mov $1,$0
mul $0,$1
mul $1,4
add $0,$1
div $0,5
add $0,$1
add $0,4
