; A164950: 1 if there is a winning strategy for misère Sprouts with n initial points, else 0.
; 1,0,0,0,1,1,0,0,0,1,1,1,0,0,0,1,1,1,0,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
lpb $0
  add $3,$0
  sub $0,$3
  sub $0,-2
  mul $3,$3
lpe
mov $0,$3
mul $0,2
div $0,6
mod $0,2
mov $5,$4
equ $5,0
add $0,$5
