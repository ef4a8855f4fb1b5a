; A144193: Square array (5 X 5) read by rows.
; 0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0

#offset 1

sub $0,1
sub $0,1
add $2,1
mov $1,$0
lpb $1
  add $3,$2
  sub $1,1
  add $3,$2
  add $2,$3
  add $3,$3
  sub $2,$3
  mul $3,2
  mov $0,$3
lpe
div $0,12
mod $0,2
add $0,2
mod $0,2
