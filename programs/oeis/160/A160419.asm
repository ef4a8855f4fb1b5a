; A160419: a(n) = A160409(n+2)/2.
; 1,2,2,2,2,2,4,8

#offset 1

sub $0,1
mov $4,$0
sub $0,3
sub $0,1
sub $0,1
sub $0,3
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  add $2,$3
  trn $3,$2
  trn $3,$2
  sub $2,$3
  sub $3,1
  sub $2,2
  trn $3,$2
lpe
mov $0,$2
div $0,-2
add $0,1
mul $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,1
add $0,1
