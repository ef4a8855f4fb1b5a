; A060865: a(n) is the exact power of 2 that divides the n-th Fibonacci number (A000045).
; 1,1,2,1,1,8,1,1,2,1,1,16,1,1,2,1,1,8,1,1,2,1,1,32,1,1,2,1,1,8,1,1,2,1,1,16,1,1,2,1,1,8,1,1,2,1,1,64,1,1,2,1,1,8,1,1,2,1,1,16,1,1,2,1,1,8,1,1,2,1,1,32,1,1,2,1,1,8,1,1

#offset 1

sub $0,1
add $0,1
add $0,1
add $2,-1
mov $1,2
lpb $0
  add $2,$3
  sub $0,1
  add $2,$2
  add $1,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  gcd $1,$1
  sub $3,$2
  add $1,$2
  div $1,-1
lpe
mov $0,$2
div $0,-2
gcd $0,$1
sub $0,1
add $0,1
