; A136521: Triangle read by rows: (1, 2, 2, 2, ...) on the main diagonal and the rest zeros.
; 1,0,2,0,0,2,0,0,0,2,0,0,0,0,2,0,0,0,0,0,2,0,0,0,0,0,0,2,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,2,0,0

mov $5,$0
sub $0,1
max $0,0
sub $0,-1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
sub $1,1
add $2,1
lpb $2
  add $2,$1
  add $1,-1
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
lpb $2
  sub $2,1
  mov $0,$4
  add $0,2
lpe
sub $0,1
div $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,2
mov $6,$5
equ $6,0
add $0,$6
