; A106459: Expansion of f(-x, -x^3) in powers of x where f(,) is Ramanujan's general theta function.
; 1,-1,0,-1,0,0,1,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0

lpb $0
  add $1,1
  sub $0,$1
lpe
mov $2,$1
mul $0,-1
bin $1,$0
lpb $2
  sub $2,1
  mov $3,-1
  div $1,-1
  pow $3,$2
  mul $1,$3
lpe
mov $0,$1
