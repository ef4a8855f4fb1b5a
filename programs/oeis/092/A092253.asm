; A092253: Nearest neighbor transform with respect to Cayley metric on Sym_n is one-to-one just for these values.
; 1,3,4,5,6,8,10,12

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
sub $0,1
add $0,1
add $0,8
sub $0,1
mov $1,$0
lpb $1
  sub $1,5
  add $0,1
lpe
sub $0,7
add $0,3
sub $0,-3
mul $0,4
sub $0,21
add $0,1
div $0,4
mul $0,24
sub $0,21
sub $0,1
div $0,18
sub $0,-1
sub $0,-1
sub $0,-1
add $0,1
