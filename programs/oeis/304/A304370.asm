; A304370: Number of function calls of the first kind required to compute ack(3,n), where ack denotes the Ackermann function.
; Formula: a(n) = truncate(c(n+2)/-2)-1, b(n) = 4*b(n-1)-d(n-1), c(n) = 2*c(n-1)+(4*b(n-1)-d(n-1)), d(n) = d(n-1)+6, b(0) = 0, c(0) = 0, d(0) = 2
; 9,58,283,1244,5213,21342,86367,347488,1394017,5584226,22353251,89445732,357848421,1431524710,5726360935,22905967976,91624920425,366501778794,1466011309419,5864053626220,23456231282029,93824958682478,375299901838703,1501199741572464

add $0,2
mov $1,$0
mov $0,2
lpb $1
  sub $1,1
  mul $2,4
  sub $2,$0
  mul $3,2
  add $3,$2
  add $0,6
lpe
mov $0,$3
div $0,-2
sub $0,1
