; A037543: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,2,1.
; 1,12,121,1211,12112,121121,1211211,12112112,121121121,1211211211,12112112112,121121121121,1211211211211,12112112112112,121121121121121,1211211211211211

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $3,9
sub $0,1
add $3,2
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,-11
lpe
mov $0,$1
div $0,-1
add $0,1
