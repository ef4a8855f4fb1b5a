; A254398: Final digits of A237424 in decimal representation.
; 1,4,7,4,7,7,4,7,7,7,4,7,7,7,7,4,7,7,7,7,7,4,7,7,7,7,7,7,4,7,7,7,7,7,7,7,4,7,7,7,7,7,7,7,7,4,7,7,7,7,7,7,7,7,7,4,7,7,7,7,7,7,7,7,7,7,4,7,7,7,7,7,7,7,7,7,7,7,4,7

#offset 1

sub $0,1
mov $3,$0
sub $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
sub $0,$2
mul $0,$1
sub $0,1
pow $0,-3
add $0,1
add $0,1
sub $0,-1
mul $0,3
div $0,3
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
sub $0,1
mul $0,3
add $0,1
