; A272341: Numbers n such that 6^n is not of the form (x^3 + y^3 + z^3) / 3 where x > y > z > 0.
; 0,1,2,3,5,6,8,9,12,15

#offset 1

sub $0,1
gcd $1,$0
lpb $0
  add $0,2
  mul $0,$1
  div $0,12
lpe
add $0,$1
