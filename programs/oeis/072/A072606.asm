; A072606: Number of pretzel (stellar or prismatic) knots and links.
; 1,1,3,4,8,10,19,24

#offset 6

sub $0,5
mov $1,$0
mov $0,2
lpb $1
  sub $1,2
  add $0,$2
  div $2,2
  add $2,$0
lpe
mul $0,$1
add $0,$2
sub $0,1
