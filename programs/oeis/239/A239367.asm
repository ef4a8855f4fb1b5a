; A239367: The bisection of A238315 that remains constant with changes in the offset of the exponent of the second term.
; Formula: a(n) = d(max(n-1,0)), b(n) = b(n-1)-c(n-1)-(c(n-1)-1), c(n) = c(n-1)-1, d(n) = 4*(d(n-1)-(b(n-1)-c(n-1)))+1, b(0) = 0, c(0) = 0, d(0) = 1
; 1,5,13,29,69,197,669,2509,9813,38965,155501,621565,2485733,9942309,39768509,159073197,636291829,2545166229,10180663693,40722653405,162890612101,651562446725,2606249785053,10424999138189

#offset 1

sub $0,1
mov $1,$0
mov $0,1
lpb $1
  sub $2,$3
  sub $3,1
  sub $0,$2
  sub $2,$3
  mul $0,4
  add $0,1
  sub $1,1
lpe
