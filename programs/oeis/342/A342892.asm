; A342892: a(n) is the complement of the bit two places to the left of the least significant "1" in the binary expansion of n.
; 1,1,1,1,1,0,1,0,1,1,0,1,1,0,0,0,1,1,1,1,0,0,1,0,1,1,0,1,0,0,0,0,1,1,1,1,1,0,1,0,0,1,0,1,1,0,0,0,1,1,1,1,0,0,1,0,0,1,0,1,0,0,0,0,1,1,1,1,1,0,1,0,1,1,0,1,1,0,0,0

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $3,$0
lpb $3
  dif $3,2
lpe
mov $0,$3
div $0,4
add $0,1
mod $0,2
