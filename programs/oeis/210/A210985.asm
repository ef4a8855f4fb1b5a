; A210985: Number of segments needed to draw the toothpick structure of A139250 as it is after 2^n stages.
; 1,3,7,19,63,235,919,3651,14575

mov $3,$0
sub $0,1
sub $0,1
add $0,1
mul $0,2
mov $1,$0
lpb $1
  sub $1,1
  add $2,2
  lpb $0
    sub $0,2
    mul $2,4
    add $2,2
  lpe
lpe
mov $0,$2
sub $0,12
div $0,12
add $0,1
mul $0,4
add $0,3
mov $4,$3
equ $4,0
mul $4,-2
add $0,$4
