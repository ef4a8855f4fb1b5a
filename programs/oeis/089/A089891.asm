; A089891: Number of knots and links with unknotting (unlinking) number U=1.
; 1,1,1,2,3,5,12,21

#offset 2

sub $0,2
sub $0,1
sub $0,-1
add $0,1
sub $1,5
lpb $0
  add $1,$3
  mov $3,$1
  sub $0,3
  mul $1,$0
  add $1,$3
lpe
mov $0,$1
sub $0,-5
div $0,-5
add $0,1
