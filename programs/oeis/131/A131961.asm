; A131961: Expansion of f(x, x^2) * f(x^2, x^2) in powers of x where f(, ) is Ramanujan's general theta function.
; 1,1,3,2,2,1,0,3,2,4,2,0,1,2,2,3,0,2,2,2,4,0,1,4,2,2,1,0,2,0,4,0,2,4,4,1,0,4,0,2,3,0,2,2,4,0,0,2,2,0,2,3,2,4,2,2,0,3,4,4,0,0,2,0,0,4,0,2,0,2,1,0,8,2,2,2,2,3,2,4

mul $0,16
lpb $0
  add $1,2
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
