; A167275: Row sums of triangle A167274 (a variant of Gould's sequence A001316).
; 1,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32,4,8,8,16,8,16,16,32

mov $4,$0
sub $0,1
max $0,0
add $0,1
dgs $0,2
add $0,1
add $3,11
sub $0,1
add $0,1
lpb $0
  sub $0,1
  mul $3,2
  add $3,11
lpe
mov $0,$3
div $0,22
add $0,1
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
