; A172486: Number of prime knots up to nine crossings with determinant 2n+1 and signature 6.
; 0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1

mov $4,$0
sub $0,1
max $0,0
sub $0,1
gcd $0,90
lpb $0
  sub $0,1
  add $3,$0
lpe
bin $0,$3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
