; A335408: Diameter of nearest neighbor interchange distance for free 3-trees.
; 0,1,3,5,7,10,12,15,18,21

#offset 3

sub $0,3
add $0,1
sub $0,2
sub $0,1
add $0,8
add $0,1
add $0,1
bin $0,2
add $0,2
div $0,5
sub $0,1
sub $0,6
add $0,1
