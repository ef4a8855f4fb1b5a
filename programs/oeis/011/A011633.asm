; A011633: 30th cyclotomic polynomial.
; 1,1,0,-1,-1,-1,0,1,1

sub $0,1
add $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $1,$3
lpe
dgs $1,2
mov $0,$1
mod $0,3
mul $0,-1
add $0,1
