; A275383: Number of prime factors (with multiplicity) of generalized Fermat number 12^(2^n) + 1.
; 1,2,2,3,2,2,5,2,5

lpb $0
  sub $0,2
  sub $1,1
  sub $2,$3
  mov $3,$1
  gcd $3,$0
  div $3,$1
lpe
pow $2,$2
sub $2,$3
add $0,$2
