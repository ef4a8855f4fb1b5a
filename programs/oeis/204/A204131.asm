; A204131: Symmetric matrix based on f(i,j)=(2i-1 if i=j and 1 otherwise), by antidiagonals.
; 1,1,1,1,3,1,1,1,1,1,1,1,5,1,1,1,1,1,1,1,1,1,1,1,7,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,9,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,11,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

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
  add $2,$1
  add $2,8
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
div $0,9
mul $0,2
add $0,1
