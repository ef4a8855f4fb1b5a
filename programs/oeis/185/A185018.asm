; A185018: Inverse to sequence matrix for natural numbers.
; 1,-2,1,1,-2,1,0,1,-2,1,0,0,1,-2,1,0,0,0,1,-2,1,0,0,0,0,1,-2,1,0,0,0,0,0,1,-2,1,0,0,0,0,0,0,1,-2,1,0,0,0,0,0,0,0,1,-2,1,0,0,0,0,0,0,0,0,1,-2,1,0,0,0,0,0,0,0,0,0,1,-2,1,0,0

add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $1,-1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
sub $1,1
bin $1,$0
mov $0,$1
sub $0,2
mul $0,2
add $0,2
sub $0,1
mul $0,2
lpb $1
  sub $1,1
  sub $0,-3
  div $0,4
  add $0,1
lpe
add $0,1
add $0,10
mod $0,10
sub $0,2
div $0,-1
add $0,1
