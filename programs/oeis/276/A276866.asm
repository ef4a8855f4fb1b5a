; A276866: First differences of the Beatty sequence A004976 for 2 + sqrt(5).
; 4,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,5,4,4,4,4,5,4,4,4,5,4,4,4

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $3,-1
add $0,1
sub $0,1
add $0,1
add $0,1
mul $0,2
sub $0,1
gcd $1,-1
lpb $0
  sub $3,-1
  sub $0,2
  sub $3,-3
  add $2,$3
  add $2,$3
  add $2,4
  add $4,$1
  sub $1,-2
  add $1,$2
  mod $0,$1
  add $2,1
lpe
mov $0,$4
sub $0,1
lpb $2
  sub $2,1
  mul $0,98
  sub $0,-8
  add $0,90
  div $0,98
  mod $0,2
lpe
sub $0,1
div $0,-1
mod $0,2
add $0,4
