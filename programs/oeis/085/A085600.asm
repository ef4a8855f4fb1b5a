; A085600: Number of simple graphs with 3 edges on n vertices.
; 0,0,1,3,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $3,1
sub $3,1
add $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $3,-1
  add $3,$2
lpe
mov $0,$3
div $0,3
sub $0,5
mul $0,3
lpb $0
  sub $0,1
lpe
add $0,15
div $0,3
add $0,2
sub $0,2
