; A303331: a(n) is the minimum size of a square integer grid allowing all triples of n points to form triangles of different areas.
; Formula: a(n) = truncate(truncate((14*(n-1)-3)/4)*truncate((14*(n-1)-3)/4)/49)+1-(n-1==0)
; 0,1,1,2,4,6,9,11,15,19

#offset 1

sub $0,1
mov $1,$0
mul $0,14
sub $0,3
div $0,4
mul $0,$0
div $0,49
add $0,1
equ $1,0
mul $1,-1
add $0,$1
