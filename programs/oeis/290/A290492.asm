; A290492: Maximal number of binary vectors of length n such that the unions (or bitwise ORs) of any 3 distinct vectors are all distinct.
; 1,2,3,4,5,6,7,8,9,10,11,12,14

sub $0,1
sub $0,1
sub $0,4
mov $3,$0
sub $3,4
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,201
div $0,201
mul $0,14
sub $0,-56
div $0,14
sub $0,-1
sub $0,-1
add $0,1
