; A241947: Numbers n for which A241927(n) = 2.
; 1,2,3,4,5,6,8,20

#offset 1

sub $0,1
sub $0,6
add $0,1
sub $1,4
mul $1,$0
lpb $0
  add $2,$1
  sub $0,1
  add $1,$2
  add $2,$1
lpe
mov $0,$1
sub $0,20
div $0,-4
add $0,1
