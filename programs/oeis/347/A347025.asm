; A347025: Maximum size of a family of nonempty sets on n elements such that no set is a union of some others.
; 0,1,2,4,7,13,24,44

add $0,1
sub $0,1
mov $4,$0
sub $0,3
sub $0,1
sub $0,-1
add $0,1
add $0,1
add $1,3
add $0,1
lpb $0
  sub $0,1
  sub $3,$2
  add $1,$2
  add $2,$3
  add $3,$1
  add $1,$2
  sub $3,$2
lpe
mov $0,$1
sub $0,3
add $0,7
sub $0,8
add $0,3
sub $0,5
div $0,3
add $0,1
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
