; A245400: Number of nonnegative integers with property that their base 9/8 expansion (see A024656) has n digits.
; 9,9,9,9,9,9,9,9,9,18,18,18,18,27,27,27,36,36,45,45,54,63,72,81,90,99,108,126,144,162,180,198,225,252,288,324,360,405,459,513,576,648,729,819,927,1044,1170,1314,1485,1665,1872,2106,2376,2673,3006,3384,3807

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
lpb $0
  mov $2,$1
  sub $0,1
  add $1,1
  div $1,8
  add $1,$2
  sub $1,1
lpe
mov $0,$1
sub $0,$2
div $0,-1
add $0,8
sub $0,9
mul $0,9
add $0,9
