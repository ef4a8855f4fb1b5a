; A366756: Number of minimally 1-tough unlabeled graphs on n nodes.
; 1,1,1,1,1,1,2,2,5

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $1,$0
sub $2,1
div $1,2
lpb $1
  mul $2,11
  sub $1,1
lpe
mov $0,$2
div $0,5
mul $0,-12
div $0,264
mul $0,25
div $0,225
add $0,1
mod $0,10
