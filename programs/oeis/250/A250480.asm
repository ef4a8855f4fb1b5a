; A250480: a(1) = 0, and for n > 1: if n is a prime, a(n) = n, otherwise a(n) = A020639(n) - 1, where A020639(n) gives the least prime dividing n.
; 0,2,3,1,5,1,7,1,2,1,11,1,13,1,2,1,17,1,19,1,2,1,23,1,4,1,2,1,29,1,31,1,2,1,4,1,37,1,2,1,41,1,43,1,2,1,47,1,6,1,2,1,53,1,4,1,2,1,59,1,61,1,2,1,4,1,67,1,2,1,71,1,73,1,2,1,6,1,79,1

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,2
lpb $0
  sub $0,1
  sub $2,1
  mov $3,$2
  gcd $3,$0
  mul $0,$3
lpe
mov $0,$2
mul $0,-1
equ $1,0
mul $1,-2
add $0,$1
