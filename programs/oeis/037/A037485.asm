; A037485: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,2.
; 1,10,81,650,5201,41610,332881,2663050,21304401,170435210,1363481681,10907853450,87262827601,698102620810,5584820966481,44678567731850,357428541854801,2859428334838410

#offset 1

sub $0,1
mov $2,3
add $0,1
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  mov $3,$2
  mov $2,2
  add $3,$2
  add $2,1
  add $3,$3
  add $2,$3
lpe
mov $0,$3
sub $0,6
div $0,3
div $0,3
add $0,1
