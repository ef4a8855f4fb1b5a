; A037492: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,15,107,750,5252,36765,257357,1801500,12610502,88273515,617914607,4325402250,30277815752,211944710265,1483612971857,10385290803000,72697035621002,508879249347015,3562154745429107

#offset 1

sub $0,1
sub $0,1
add $0,1
add $2,3
add $0,2
lpb $0
  add $2,$3
  sub $0,1
  add $2,$3
  sub $2,$1
  add $2,$3
  add $2,$3
  add $1,$2
  sub $2,$1
  sub $3,$2
  mov $2,$3
  add $3,$1
  add $2,$3
lpe
mov $0,$2
sub $0,27
div $0,12
add $0,2
