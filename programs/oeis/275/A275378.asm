; A275378: Number of odd prime factors (with multiplicity) of generalized Fermat number 5^(2^n) + 1.
; 1,1,1,2,2,3,3,3,5

add $0,1
mov $1,$0
lpb $1
  sub $1,2
  sub $1,1
  sub $2,$1
  sub $2,5
lpe
div $2,6
mov $0,$2
div $0,-1
add $0,1
