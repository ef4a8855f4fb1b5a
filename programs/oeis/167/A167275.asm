; A167275: Row sums of triangle A167274 (a variant of Gould's sequence A001316).
; 1,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32,4,8,8,16,8,16,16,32

mov $4,$0
sub $0,1
max $0,0
add $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
dgs $0,2
sub $0,1
add $0,2
mov $1,$0
lpb $1
  sub $1,1
  sub $2,2
  sub $3,$3
  trn $3,$2
  sub $2,$3
lpe
mov $0,$2
div $0,-4
add $0,1
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
