; A243339: Number of simple connected graphs with n nodes that are distance regular and K_4 free.
; 1,1,1,1,1,3,1,3,3,4

#offset 1

sub $0,1
mov $3,1
lpb $0
  sub $0,1
  mul $3,13
lpe
mov $0,$3
mul $0,15
dgs $0,10
sub $0,10
div $0,15
add $0,1
