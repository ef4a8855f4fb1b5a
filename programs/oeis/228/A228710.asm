; A228710: Characteristic function of numbers with alternating parities of their digits in decimal representation.
; 1,1,1,1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0

sub $0,1
sub $0,1
add $0,2
mov $2,$0
lpb $2
  sub $2,1
  mul $0,-1
lpe
div $0,10
add $0,10
mod $0,11
mod $0,2
sub $0,1
div $0,-1
