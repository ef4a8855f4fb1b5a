; A161462: Final digit of the sum of all the integers from n to 2*n-1.
; 1,5,2,2,5,1,0,2,7,5,6,0,7,7,0,6,5,7,2,0,1,5,2,2,5,1,0,2,7,5,6,0,7,7,0,6,5,7,2,0,1,5,2,2,5,1,0,2,7,5,6,0,7,7,0,6,5,7,2,0,1,5,2,2,5,1,0,2,7,5,6,0,7,7,0,6,5,7,2,0

#offset 1

sub $0,1
sub $0,1
add $0,3
add $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,3
lpe
mul $0,$2
sub $2,-2
div $0,-1
add $0,1
sub $0,2
sub $2,3
mul $0,2
sub $0,13
div $0,4
sub $2,$0
mov $0,$2
sub $0,11
add $0,-5
mod $0,10
