; A375605: Number of composite knots with n crossings.
; 0,0,0,0,0,0,2,1,5

sub $0,1
sub $0,1
sub $0,1
mov $3,2
lpb $0
  sub $0,1
  mul $3,10
lpe
mov $0,$3
div $0,16
div $0,58
mod $0,10
