; A211665: Minimal number of iterations of log_10 applied to n until the result is < 1.
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,-3
sub $0,1
lpb $0
  add $3,3
  mov $0,$1
  div $3,$3
  add $0,8
lpe
mov $0,$3
mul $0,-1
add $0,1
sub $0,1
div $0,-1
add $0,1
