; A335408: Diameter of nearest neighbor interchange distance for free 3-trees.
; 0,1,3,5,7,10,12,15,18,21

#offset 3

sub $0,3
add $0,1
sub $0,2
sub $0,1
add $0,1
add $0,9
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
add $0,9
sub $0,11
div $0,-5
add $0,1
mul $0,8
sub $0,9
div $0,2
add $0,5
sub $0,5
div $0,4
add $0,1
sub $0,7
add $0,1
