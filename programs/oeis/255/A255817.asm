; A255817: Parity of A000788, which is the total number of ones in 0..n in binary.
; 0,1,0,0,1,1,1,0,1,1,1,0,0,1,0,0,1,1,1,0,0,1,0,0,0,1,0,0,1,1,1,0,1,1,1,0,0,1,0,0,0,1,0,0,1,1,1,0,0,1,0,0,1,1,1,0,1,1,1,0,0,1,0,0,1,1,1,0,0,1,0,0,0,1,0,0,1,1,1,0

sub $0,1
sub $0,1
sub $0,-1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $3,$0
sub $1,-1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-2
  div $2,2
  mov $0,$2
lpe
gcd $0,$1
mov $4,$3
add $0,$4
sub $0,-1
add $0,1
lpb $2
  sub $2,1
  add $0,1
lpe
div $0,-1
sub $0,1
add $0,1
add $0,3
mul $0,4
sub $0,18
div $0,-8
mod $0,2
