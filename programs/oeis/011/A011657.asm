; A011657: A binary m-sequence: expansion of reciprocal of x^3 + x + 1 (mod 2, shifted by 2 initial 0's).
; 0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1,1,1,0,1,0,0,1

sub $0,1
add $0,1
add $1,3
lpb $0
  sub $0,1
  add $2,$3
  add $3,$1
  add $1,$2
lpe
mov $0,$2
sub $0,3
add $0,1
mod $0,2
