; A059448: The parity of the number of zero digits when n is written in binary.
; 0,1,0,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,0,1,1,0,1,0,0,1,1,0,0,1,0,1,1,0,1

#offset 1

sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  sub $1,2
  dif $3,2
lpe
mov $0,$1
div $0,-2
sub $0,-1
add $0,1
mod $0,2
