; A214264: Expansion of f(x^3, x^5) in powers of x where f() is Ramanujan's two-variable theta function.
; 1,0,0,1,0,1,0,0,0,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0

mov $2,$0
sub $0,1
max $0,0
add $0,$0
sub $0,1
sub $0,-1
add $0,1
lpb $0
  sub $0,1
  sub $0,$1
  sub $1,-1
lpe
bin $0,$1
add $0,1
sub $0,2
sub $0,1
div $0,2
add $0,1
mov $3,$2
equ $3,0
add $0,$3
