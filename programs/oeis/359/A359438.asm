; A359438: For n >= 0, let S be the sequence of numbers m such that (m^2 - 2*n^2 + 1)/2 is a square. Then a(n) is the number k such that S(j) = 6*S(j-k) - S(j-2k) for all j for which S(j-2k) is defined.
; 1,1,2,2,2,3,2,2,2,4,2,2,4,2,4,2,4,2,2,4,4,2,2,4,2,2,4,4,2,3,4,4,4,4,2,4,2,8,2,2,4,2,2,2,6,2,2,4,4,2,2,4,2,4,8,4,2,4,6,2,4,4,2,2,2,8,4,4,4,2,4,4,4,2,4,4,2,4,4,4

mul $0,$0
sub $0,1
lpb $0
  sub $0,1
  add $1,2
  mov $2,$1
  add $2,1
  gcd $2,$0
  div $2,$1
  add $3,$2
lpe
mov $0,$3
add $0,1
