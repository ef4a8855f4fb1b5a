; A256984: Maximal number of joints that can be formed by n lines in space.
; 0,0,0,1,1,2,4,4,5,7,10

sub $0,1
mov $1,1
mov $2,-1
lpb $0
  add $3,$2
  add $2,$1
  sub $0,1
  add $1,1
  mod $2,$1
  sub $3,$0
lpe
mov $0,$3
div $0,-2
