; A228710: Characteristic function of numbers with alternating parities of their digits in decimal representation.
; 1,1,1,1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0

sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
gcd $2,$1
lpb $1
  sub $1,10
  add $3,2
  sub $2,3
lpe
pow $2,$3
mov $0,$2
mul $0,-2
div $0,-2
mod $0,2
