; A140087: Decimal expansion of a lower bound of the area of a convex universal cover for a unit length curve.
; 2,3,2,2,3,9,2,1,0

seq $0,76024
add $0,1
mov $1,3
lpb $0
  seq $1,59555
  sub $0,$1
  gcd $0,0
  mul $1,2
lpe
add $0,1
mod $0,10
