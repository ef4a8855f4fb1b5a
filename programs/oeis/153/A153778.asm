; A153778: Binary sequence constructed like a Stern-Brocot tree between 0 and 1, where XOR is applied instead of the mediant operation.
; 1,1,0,1,0,1,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,0,1,1,0,1,1,0,1,1,0,1,1,0,1,1,0

#offset 1

sub $0,1
sub $0,-1
mov $3,$0
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  add $2,$2
  sub $2,1
lpe
add $0,$2
mul $0,-2
add $0,-2
lpb $3
  sub $3,1
  sub $0,-1
  mul $0,6
  sub $0,-18
  div $0,6
lpe
sub $0,-3
add $0,2
sub $0,5
div $0,3
add $0,3
mod $0,2
