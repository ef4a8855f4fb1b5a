; A383856: Dimension in which a random vector of length n has the highest probability to fall into a single hypercube with side length of 10.
; 1,1,1,1,1,1,1,1,2,4

#offset 1

sub $0,1
sub $0,6
lpb $0
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
div $0,-2
add $0,1
