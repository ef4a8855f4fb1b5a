; A230799: The number of distinct nonzero coefficients in the n-th cyclotomic polynomial.
; 2,1,1,1,1,2,1,1,1,2,1,2,1,2,2,1,1,2,1,2,2,2,1,2,1,2,1,2,1,2,1,1,2,2,2,2,1,2,2,2,1,2,1,2,2,2,1,2,1,2,2,2,1,2,2,2,2,2,1,2,1,2,2,1,2,2,1,2,2,2,1,2,1,2,2,2,2,2,1,2

#offset 1

sub $1,$0
lpb $0
  sub $0,1
  gcd $2,$3
  mov $3,$1
  bin $3,$0
lpe
mov $0,$2
bin $3,$0
mov $0,$3
add $0,1
