; A165556: A symmetric version of the Josephus problem read modulo 2.
; 1,1,1,0,1,0,1,1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

#offset 1

sub $0,1
add $0,3
sub $0,1
sub $0,1
add $0,1
mov $1,$0
mov $2,1
lpb $1
  div $1,2
  sub $2,$0
lpe
mov $0,$2
sub $0,1
div $0,-1
add $0,1
mod $0,2
