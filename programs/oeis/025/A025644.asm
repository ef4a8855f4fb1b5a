; A025644: Exponent of 3 (value of i) in n-th number of form 3^i*10^j.
; 0,1,2,0,3,1,4,2,0,5,3,1,6,4,2,0,7,5,3,1,8,6,4,2,0,9,7,5,3,1,10,8,6,4,2,0,11,9,7,5,3,1,12,10,8,6,4,2,0,13,11,9,7,5,3,1,14,12,10,8,6,4,2,0,15,13,11,9,7,5,3,1,16,14,12,10,8,6,4,2

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,2
add $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $0,1
    sub $4,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  mov $2,$1
  add $2,$4
  sub $0,1
  sub $3,$1
  add $1,$3
lpe
add $0,$5
sub $0,-2
div $0,-1
add $0,1
add $0,2
add $0,1
sub $0,1
add $0,1
sub $0,1
