; A323158: If n is a square, a(n) = 1-(n mod 2), otherwise a(n) = (n mod 2); a(n) = A049820(n) mod 2, where A049820(n) = n - number of divisors of n.
; 0,0,1,1,1,0,1,0,0,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  lpb $0
    sub $0,$1
    sub $0,1
    sub $0,$1
    sub $1,-1
  lpe
  sub $0,$1
  sub $0,$1
  sub $0,1
  add $0,1
lpe
lpb $1
  sub $1,1
  mul $0,-2
  div $0,2
  sub $0,-1
  add $0,1
  add $0,1
lpe
mod $0,2
