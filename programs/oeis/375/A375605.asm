; A375605: Number of composite knots with n crossings.
; 0,0,0,0,0,0,2,1,5

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
lpb $0
  sub $0,1
  mul $2,-2
  add $2,2
  add $1,1
  add $1,1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,2
