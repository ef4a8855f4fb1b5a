; A394669: Number of terms in the discriminant of the monic polynomial f(x) = x^n + a1 * x^{n-1} + ... + an whose absolute coefficient is equal to A240582(n).
; 1,1,1,1,1,2,2,1,1,1,1,2,1,1

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
add $0,1
sub $0,2
add $3,3
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  div $1,$2
  add $1,$2
  mul $2,10
  add $1,$2
  div $1,-2
  add $1,$2
lpe
mov $0,$1
div $0,23
div $0,13
div $0,-5
div $0,2
mod $0,10
div $0,6
div $0,-1
add $0,1
