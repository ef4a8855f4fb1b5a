; A037494: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,19,173,1558,14024,126217,1135955,10223596,92012366,828111295,7453001657,67077014914,603693134228,5433238208053,48899143872479,440092294852312,3960830653670810

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $3,2
add $0,1
sub $0,2
add $0,1
add $0,1
add $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  bin $3,$1
  mul $2,9
lpe
sub $0,$2
div $0,10
div $0,-2
sub $0,2
mul $0,2
div $0,8
add $0,1
