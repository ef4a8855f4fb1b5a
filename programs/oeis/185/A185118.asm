; A185118: Number of connected 2-regular simple graphs on n vertices with girth at least 8.
; 1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

add $0,1
sub $0,1
mov $4,$0
sub $0,-1
sub $0,1
add $0,1
add $3,2
add $0,1
lpb $0
  div $0,10
  add $3,$3
lpe
mov $0,$3
sub $0,2
sub $0,1
div $0,3
add $0,1
lpb $4
  sub $4,1
  mov $5,$4
  equ $5,0
  mul $5,-1
  add $0,$5
lpe
mul $0,2
div $0,2
