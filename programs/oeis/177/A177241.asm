; A177241: First differences of A177240.
; 0,1,4,4,16,4,16,16,64,4,16

mov $4,$0
sub $0,1
sub $0,2
add $0,2
dgs $0,2
sub $0,2
add $0,10
mov $1,$0
lpb $1
  sub $1,1
  mul $2,2
  sub $3,$3
  trn $3,$2
  add $3,1
  sub $2,$3
lpe
mov $0,$2
div $0,-65536
mul $0,3
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
