; A302098: Number of prime factors (with multiplicity) of generalized Fermat number 14^(2^n) + 1.
; 2,1,2,3,2,4,2,3

mov $1,$0
gcd $0,2
lpb $1
  sub $1,2
  add $2,2
  sub $2,$0
  add $0,$2
lpe
add $0,$2
