; A164950: 1 if there is a winning strategy for misère Sprouts with n initial points, else 0.
; 1,0,0,0,1,1,0,0,0,1,1,1,0,0,0,1,1,1,0,0

#offset 1

sub $0,1
mov $2,$0
sub $0,1
sub $0,1
mov $1,$0
lpb $1
  mov $1,1
  mul $0,11
lpe
div $0,3
mod $0,2
mov $3,$2
equ $3,0
add $0,$3
