; A037528: Base-3 digits are, in order, the first n terms of the periodic sequence with initial period 1,1,2.
; 1,4,14,43,130,392,1177,3532,10598,31795,95386,286160,858481,2575444,7726334,23179003,69537010,208611032,625833097,1877499292,5632497878,16897493635,50692480906,152077442720,456232328161

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $1,1
sub $0,1
add $0,1
sub $0,1
add $0,3
lpb $0
  add $2,2
  mul $2,3
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$1
  sub $3,$2
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
sub $3,$2
mov $0,$3
sub $0,-5
div $0,-5
add $0,1
