; A283310: Nim value of complete graph K_n.
; 0,1,2,0,1,2,0,2,0,1,2

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,$0
add $0,2
sub $0,1
sub $0,1
add $0,1
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  equ $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$3
sub $0,-1
mul $0,-2
add $0,2
div $0,2
div $0,-1
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
