; A037494: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,19,173,1558,14024,126217,1135955,10223596,92012366,828111295,7453001657,67077014914,603693134228,5433238208053,48899143872479,440092294852312,3960830653670810

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $2,1
add $0,3
mov $1,$0
lpb $1
  mul $4,9
  sub $1,1
  add $2,5
  gcd $2,10
  add $4,$2
lpe
mov $0,$4
