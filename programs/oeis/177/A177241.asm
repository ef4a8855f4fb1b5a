; A177241: First differences of A177240.
; 0,1,4,4,16,4,16,16,64,4,16

mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,2
add $1,5
dgs $0,2
lpb $0
  sub $0,1
  add $1,$1
lpe
mul $1,$1
mov $0,$1
sub $0,25
div $0,25
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
