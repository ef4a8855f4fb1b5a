; A123920: Number of numbers congruent to 2 or 4 mod 6 between n and 2n inclusive.
; 1,2,1,2,2,2,3,4,3,4,4,4,5,6,5,6,6,6,7,8,7,8,8,8,9,10,9,10,10,10,11,12,11,12,12,12,13,14,13,14,14,14,15,16,15,16,16,16,17,18,17,18,18,18,19,20,19,20,20,20,21,22,21,22,22,22,23,24,23,24,24,24,25,26,25,26,26,26,27,28

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,4
sub $0,1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $3,$2
  add $2,2
  add $1,-1
lpe
add $1,-1
mov $0,$1
sub $0,1
sub $0,1
div $0,3
add $0,-1
sub $0,-1
sub $0,1
sub $0,1
lpb $3
  sub $3,1
  add $0,-1
lpe
sub $0,-3
div $0,-1
add $0,3
sub $0,4
add $0,1
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
