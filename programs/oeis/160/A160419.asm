; A160419: a(n) = A160409(n+2)/2.
; 1,2,2,2,2,2,4,8

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,3
lpb $0
  add $3,1
  add $2,$3
  add $2,2
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  add $3,1
  add $1,$3
lpe
mov $0,$1
div $0,-1
add $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
