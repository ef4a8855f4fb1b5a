; A292060: Minimum number of points of the square lattice falling strictly inside an equilateral triangle of side n.
; 0,0,0,2,4,8,12,17,23,30,37

add $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,1
sub $0,6
add $0,9
lpb $0
  sub $0,2
  sub $3,$0
lpe
mov $0,$3
add $0,9
add $0,9
div $0,-5
mul $0,8
add $0,1
sub $0,9
div $0,8
add $0,8
sub $0,5
div $0,3
