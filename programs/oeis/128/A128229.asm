; A128229: A natural number transform, inverse of signed A094587.
; 1,1,1,0,2,1,0,0,3,1,0,0,0,4,1,0,0,0,0,5,1,0,0,0,0,0,6,1,0,0,0,0,0,0,7,1,0,0,0,0,0,0,0,8,1,0,0,0,0,0,0,0,0,9,1,0,0,0,0,0,0,0,0,0,10,1,0,0,0,0,0,0,0,0,0,0,11,1,0,0

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
add $2,$0
lpb $2
  add $2,$1
  sub $2,1
  mov $3,$2
  add $1,-1
lpe
mov $0,$1
div $0,-1
add $0,1
sub $0,$2
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  mov $1,$2
lpe
mov $0,$1
div $0,-1
add $0,1
sub $0,1
mov $4,$3
equ $4,0
add $0,$4
