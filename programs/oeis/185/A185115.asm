; A185115: Number of connected 2-regular simple graphs on n vertices with girth at least 5.
; 1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

sub $0,1
sub $0,1
add $0,2
mul $0,4
sub $0,1
lpb $0
  sub $3,$0
  mov $0,1
lpe
mov $0,$3
mul $0,-2
sub $0,6
mul $0,4
add $0,21
add $0,204
sub $0,334
div $0,4
div $0,2
add $0,1
mod $0,2
add $0,2
mod $0,2
