; A134402: Triangle read by rows, for n > 0, n zeros followed by n.
; 1,0,1,0,0,2,0,0,0,3,0,0,0,0,4,0,0,0,0,0,5,0,0,0,0,0,0,6,0,0,0,0,0,0,0,7,0,0,0,0,0,0,0,0,8,0,0,0,0,0,0,0,0,0,9,0,0,0,0,0,0,0,0,0,0,10,0,0,0,0,0,0,0,0,0,0,0,11,0,0

mov $5,$0
sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
lpb $0
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
  sub $0,1
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-2
add $0,1
sub $0,1
mov $6,$5
equ $6,0
add $0,$6
