; A138709: n-th run has length n-th positive Fibonacci numbers, with digits 0 and 1 only, starting with 1.
; 1,0,1,1,0,0,0,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,2
sub $0,1
sub $0,-1
gcd $2,1
add $0,1
add $0,1
add $0,$0
lpb $0
  sub $3,$2
  sub $0,1
  add $1,$3
  sub $1,-1
  sub $3,$2
  add $1,$2
  sub $0,$1
  add $1,$2
  sub $2,$1
  add $2,$3
lpe
mov $0,$3
div $0,-2
add $0,1
mod $0,2
add $0,2
mod $0,2
