; A336835: Number of iterations of x -> A003961(x) needed before the result is deficient (sigma(x) < 2x), when starting from x=n.
; 0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,1

#offset 1

sub $0,1
mov $1,$0
pow $0,0
add $0,$1
lpb $0
  sub $0,1
  add $2,$3
  add $4,1
  mov $3,$4
  gcd $3,$0
  bin $3,$4
  mul $3,$4
lpe
mov $0,$2
div $0,$3
