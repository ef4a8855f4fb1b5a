; A134350: Row sums of triangle A134349.
; 1,7,23,67,191,547,1583,4627,13631,40387,120143,358387,1071071,3205027

#offset 1

sub $0,1
sub $0,1
add $0,1
add $1,5
lpb $0
  sub $0,1
  mul $2,3
  add $2,$1
  add $1,$1
lpe
add $2,$1
add $2,$1
mov $0,$2
sub $0,10
div $0,5
mul $0,2
add $0,1
