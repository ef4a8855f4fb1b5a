; A326329: Number of simple graphs covering {1..n} with no crossing or nesting edges.
; 1,0,1,4,13,44,149,504,1705,5768,19513,66012

mov $4,$0
sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,1
sub $0,1
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$3
sub $0,-1
mul $0,-2
add $0,2
div $0,2
mov $5,$4
equ $5,0
add $0,$5
