; A121444: Expansion of f(x^3, x^9) * f(x, x^2) in powers of x where f(, ) is Ramanujan's general theta functions.
; 1,1,1,1,1,2,0,1,1,1,2,1,1,0,1,2,1,0,2,1,1,1,1,1,1,2,1,0,0,1,2,2,1,1,0,3,0,1,1,0,2,0,1,1,2,2,1,1,0,1,1,1,2,1,1,0,1,2,1,0,3,0,0,1,1,2,1,1,1,1,3,1,0,1,0,2,0,1,1,1

mul $0,2
lpb $0
  add $1,5
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  bin $3,$1
  div $2,-1
  sub $0,1
  add $1,1
lpe
mov $0,$2
add $0,1
