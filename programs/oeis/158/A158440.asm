; A158440: Triangle T(n,k) read by rows: row n contains n times n+1 followed by n 1's.
; 2,1,3,3,1,1,4,4,4,1,1,1,5,5,5,5,1,1,1,1,6,6,6,6,6,1,1,1,1,1,7,7,7,7,7,7,1,1,1,1,1,1,8,8,8,8,8,8,8,1,1,1,1,1,1,1,9,9,9,9,9,9,9,9,1,1,1,1,1,1,1,1,10,10,10,10,10,10,10,10

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,3
add $0,$0
add $0,1
lpb $0
  sub $4,$1
  add $2,$1
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $3,$2
  sub $3,$1
  sub $4,1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-1
add $0,1
sub $0,1
sub $0,4
div $0,2
add $0,1
add $0,2
