; A136521: Triangle read by rows: (1, 2, 2, 2, ...) on the main diagonal and the rest zeros.
; 1,0,2,0,0,2,0,0,0,2,0,0,0,0,2,0,0,0,0,0,2,0,0,0,0,0,0,2,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,2,0,0

mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,3
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
bin $0,$1
add $0,1
sub $0,2
sub $0,1
div $0,2
add $0,1
add $0,1
sub $0,1
mul $0,2
mov $5,$4
equ $5,0
add $0,$5
