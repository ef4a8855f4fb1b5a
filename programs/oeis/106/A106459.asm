; A106459: Expansion of f(-x, -x^3) in powers of x where f(,) is Ramanujan's general theta function.
; 1,-1,0,-1,0,0,1,0,0,0,1,0,0,0,0,-1,0,0,0,0,0,-1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,-1,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0

mov $3,$0
sub $0,1
sub $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  add $2,$1
  add $1,-1
lpe
mov $0,$1
div $0,-1
sub $0,$2
mul $0,$1
sub $0,1
pow $0,-3
add $0,1
add $0,1
sub $0,-1
mul $0,3
div $0,3
equ $4,0
mul $4,-1
add $0,$4
sub $0,1
lpb $3
  sub $3,1
  mul $0,-1
  add $0,2
lpe
mul $0,-1
add $0,1
