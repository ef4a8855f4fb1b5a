; A383856: Dimension in which a random vector of length n has the highest probability to fall into a single hypercube with side length of 10.
; 1,1,1,1,1,1,1,1,2,4

#offset 1

sub $0,1
sub $0,1
mov $3,1
lpb $0
  sub $0,1
  mul $3,2
lpe
mov $0,$3
div $0,65
mul $0,14
div $0,14
add $0,1
