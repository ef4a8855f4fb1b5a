; A359379: a(n) = 1 if n is either a multiple of 4, or an odd multiple of 3, otherwise 0.
; 1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,0,0,0

sub $0,1
add $0,1
mov $2,$0
sub $0,1
add $0,2
lpb $0
  add $1,$0
  sub $0,1
lpe
mov $0,$1
sub $0,-2
mul $0,4
add $0,3
sub $0,17
div $0,6
add $0,2
mul $0,$2
div $0,2
mod $0,2
mul $0,-1
add $0,1
