; A214263: Expansion of f(x^1, x^7) in powers of x where f() is Ramanujan's general theta function.
; 1,1,0,0,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0

add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
add $2,$2
sub $1,1
add $2,1
lpb $2
  add $2,$1
  add $1,-1
lpe
mov $0,$2
mov $3,$0
mov $4,$3
equ $4,0
mul $4,-1
mov $0,$4
add $0,1
sub $0,1
div $0,-1
add $0,1
sub $0,1
