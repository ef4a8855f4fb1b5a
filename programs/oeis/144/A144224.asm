; A144224: T(n,k) is the number of idempotent order-preserving full transformations (of an n-element chain) of waist k (waist(alpha) = max(Im(alpha))).
; 1,1,2,1,2,5,1,2,5,13,1,2,5,13,34,1,2,5,13,34,89,1,2,5,13,34,89,233,1,2,5,13,34,89,233,610,1,2,5,13,34,89,233,610,1597,1,2,5,13,34,89,233,610,1597,4181,1,2,5,13,34,89,233,610,1597,4181,10946,1,2,5,13,34,89,233,610,1597,4181,10946,28657

#offset 1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
mul $0,2
sub $0,$1
add $1,$0
seq $1,111721
mov $0,$1
div $0,6
add $0,1
