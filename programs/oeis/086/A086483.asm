; A086483: Bit that is two places to left of least significant 1-bit in the binary expansion of n.
; 0,0,0,0,0,1,0,1,0,0,1,0,0,1,1,1,0,0,0,0,1,1,0,1,0,0,1,0,1,1,1,1,0,0,0,0,0,1,0,1,1,0,1,0,0,1,1,1,0,0,0,0,1,1,0,1,1,0,1,0,1,1,1,1,0,0,0,0,0,1,0,1,0,0,1,0,0,1,1,1

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
sub $0,1
div $0,-1
