; A113975: Devil's Farey: coefficient expansion of a quadratic over quadratic that has 123 roots and a Farey p[1/2]=1 ( correction).
; 2,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6

sub $0,1
mov $3,$0
sub $0,1
add $0,1
lpb $0
  mul $0,$0
  add $0,2
  sub $0,1
  mod $0,4
lpe
add $0,2
sub $0,2
mul $0,2
add $0,2
mov $4,$3
equ $4,0
add $0,$4
add $0,2
