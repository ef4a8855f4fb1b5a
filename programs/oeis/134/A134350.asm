; A134350: Row sums of triangle A134349.
; 1,7,23,67,191,547,1583,4627,13631,40387,120143,358387,1071071,3205027

#offset 1

sub $0,1
sub $0,2
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $3,6
mov $1,$0
lpb $1
  add $2,2
  add $3,$2
  mul $3,2
  sub $2,$3
  sub $1,1
  mul $3,3
lpe
mov $0,$3
sub $0,-6
div $0,-3
add $0,1
