; A304371: Number of function calls of the second kind required to compute ack(3,n), where ack denotes the Ackermann function.
; 5,47,257,1187,5093,21095,85865,346475,1391981,5580143,22345073,89429363,357815669,1431459191,5726229881,22905705851,91624396157,366500730239,1466009212289,5864049431939,23456222893445,93824941905287,375299868284297,1501199674463627

sub $0,1
sub $0,1
add $0,3
mov $3,10
mov $1,$0
lpb $1
  sub $1,1
  mul $2,2
  add $2,5
  sub $2,$3
  add $4,$2
  add $2,$2
  mul $3,2
lpe
mov $0,$4
sub $0,-5
div $0,-5
add $0,1
sub $0,1
mul $0,6
add $0,5
