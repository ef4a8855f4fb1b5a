; A220400: Number of ways to write n as sum of at least 2 consecutive odd positive integers.
; 0,0,0,0,1,0,0,0,1,1,0,0,1,0,0,1,2,0,0,0,1,1,0,0,2,1,0,1,1,0,0,0,2,1,0,1,2,0,0,1,2,0,0,0,1,2,0,0,3,1,0,1,1,0,0,1,2,1,0,0,2,0,0,2,3,1,0,0,1,1,0,0,3,0,0,2,1,1,0,0

sub $0,1
mov $1,-2
lpb $0
  add $0,1
  sub $2,$3
  sub $1,2
  mov $3,$1
  add $0,$1
  gcd $3,$0
  div $3,$1
lpe
sub $2,$3
mov $0,$2
