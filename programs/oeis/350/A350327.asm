; A350327: Maximum domination number of connected graphs with n vertices and minimum degree 2.
; Formula: a(n) = -truncate((-truncate((4*(n+(n-1))-56)/10)-6)/2)
; 1,2,2,2,3,3,3,4,4,4,5,5,6,6,6,7,7,8,8,8,9,9,10,10,10,11,11,12,12,12,13,13,14,14,14,15,15,16,16,16,17,17,18,18,18,19,19,20

#offset 3

sub $0,1
mov $1,$0
add $0,1
add $0,$1
mul $0,4
sub $0,56
div $0,10
mul $0,-1
sub $0,6
div $0,2
mul $0,-1
