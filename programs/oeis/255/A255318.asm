; A255318: Expansion of psi(x^3) * f(x^2, x^4) in powers of x where psi(), f() are Ramanujan theta functions.
; 1,0,1,1,1,1,0,1,0,1,1,1,0,2,1,0,0,1,1,1,1,0,1,1,1,0,0,1,1,0,2,0,2,2,1,0,0,0,0,1,1,0,1,0,2,1,0,2,1,1,0,0,1,1,1,2,0,0,0,1,1,1,1,1,0,1,0,1,0,1,2,0,0,2,1,1,0,1,0,1

mul $0,6
add $0,2
lpb $0
  sub $1,$2
  add $3,3
  mov $2,$3
  gcd $2,$0
  bin $2,$3
  div $1,-1
  sub $0,1
  add $3,1
lpe
mov $0,$1
add $0,1
