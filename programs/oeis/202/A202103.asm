; A202103: Number of points matched in largest non-crossing matching of n=w+b points in the plane (w white, b black).
; 0,0,2,2,4,4,4,6,6,8,8,10

#offset 1

sub $0,1
mov $3,$0
mul $3,3
mul $0,$4
add $0,3
sub $3,1
add $0,$3
mul $0,12
div $0,12
mul $0,10
div $0,5
div $0,14
mul $0,2
