; A254065: Vulgar fractions whose denominators are numbers ending with nine, the case 1/19.
; 1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7,4,9,8,7,5,1,3,6,2,5,0,1,2,4,8,6,3,7

#offset 1

sub $0,1
sub $1,2
lpb $0
  sub $0,1
  mod $1,19
  add $1,$1
lpe
mov $0,$1
add $0,-1
div $0,-1
add $0,1
sub $0,3
add $0,1
sub $0,2
div $0,2
add $0,1
mod $0,10
