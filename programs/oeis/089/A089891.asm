; A089891: Number of knots and links with unknotting (unlinking) number U=1.
; 1,1,1,2,3,5,12,21

#offset 2

sub $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $1,3
  add $0,$2
  mov $2,$0
  mul $0,$1
  add $0,$2
lpe
