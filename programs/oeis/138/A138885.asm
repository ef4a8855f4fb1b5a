; A138885: n-th run has length n-th nonprime number, with digits 0 and 1 only, starting with 1.
; 1,0,0,0,0,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,2
add $0,1
sub $0,1
gcd $2,$0
add $2,$2
lpb $0
  add $2,1
  sub $1,9
  lpb $2
    add $2,$1
    add $1,-3
  lpe
  mov $0,$1
  sub $0,-9
  div $0,-3
lpe
add $0,1
add $0,1
mod $0,2
