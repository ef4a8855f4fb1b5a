; A366756: Number of minimally 1-tough unlabeled graphs on n nodes.
; 1,1,1,1,1,1,2,2,5

#offset 1

sub $0,1
mov $3,1
lpb $0
  sub $0,2
  add $3,$3
lpe
mov $0,$3
sub $0,3
mul $0,3
add $0,9
sub $0,9
div $0,9
add $0,1
