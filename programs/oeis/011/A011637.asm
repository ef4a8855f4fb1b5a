; A011637: 60th cyclotomic polynomial.
; 1,0,1,0,0,0,-1,0,-1,0,-1,0,0,0,1,0,1

add $0,1
mov $1,$0
mod $0,2
lpb $1
  add $0,$2
  sub $2,$0
  seq $1,245336
  sub $1,2
lpe
