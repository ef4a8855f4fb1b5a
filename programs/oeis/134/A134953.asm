; A134953: Length of the longest prime implicant of the Y function of order n.
; 0,2,3,4,6,8,11,14,18,23,27

mov $4,$0
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  add $3,$0
  add $3,3
  add $3,$0
lpe
mov $0,$3
sub $0,8
div $0,8
add $0,3
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
