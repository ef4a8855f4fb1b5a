; A159217: 1/8 the number of n X n arrays of squares of integers with every 2X2 subblock summing to 17.
; 3,8,17,35,69,137,269,533,1053,2093,4157,8285,16509,32957,65789,131453,262653,525053,1049597,2098685,4196349,8391677,16781309,33560573,67117053,134230013,268451837

#offset 2

sub $0,2
sub $0,1
sub $0,2
sub $0,-3
sub $0,-1
add $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$2
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  add $1,$2
  add $2,-3
  div $1,-1
lpe
sub $2,$1
add $3,$2
mov $0,$3
div $0,-2
add $0,15
sub $0,31
div $0,4
add $0,3
