; A095791: Number of digits in lazy-Fibonacci-binary representation of n (A104326).
; 1,1,2,2,3,3,3,4,4,4,4,4,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

sub $0,1
max $0,0
sub $0,1
add $0,1
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
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  sub $5,1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$5
sub $0,-2
div $0,-1
add $0,1
