; A143200: Triangle read by rows: T(n, k) = 1 if k = 0 or k = n, T(n, k) = -1 if ( binomial(n, k) mod 2 ) = 1, otherwise T(n, k) = 0.
; 1,1,1,1,0,1,1,-1,-1,1,1,0,0,0,1,1,-1,0,0,-1,1,1,0,-1,0,-1,0,1,1,-1,-1,-1,-1,-1,-1,1,1,0,0,0,0,0,0,0,1,1,-1,0,0,0,0,0,0,-1,1,1,0,-1,0,0,0,0,0,-1,0,1,1,-1,-1,-1,0,0,0,0,-1,-1,-1,1,1,0

sub $0,1
mov $2,$0
lpb $2
  sub $2,2
  add $2,$1
  add $1,-1
lpe
lpb $0
  mov $0,$1
  div $0,-1
  add $0,1
lpe
bin $0,$2
mov $2,$0
lpb $2
  sub $2,1
  sub $2,1
  mov $0,$2
  add $0,2
lpe
sub $0,4
mul $0,4
add $0,1
sub $0,-11
div $0,-4
add $0,1
