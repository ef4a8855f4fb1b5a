; A231475: Largest integer less than 5 and coprime to n.
; 4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3,4,3,4,1,4,3

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  add $2,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  add $1,$3
  add $2,-1
  sub $3,$2
  add $2,$3
  add $2,$3
  add $2,$3
  sub $2,1
  sub $1,$3
lpe
mov $0,$3
sub $0,-1
mul $0,-1
add $0,1
mod $0,10
add $0,10
add $0,$0
mod $0,8
div $0,2
add $0,1
mov $5,$4
equ $5,0
add $0,$5
