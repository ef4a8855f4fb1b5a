; A088650: a(n) is the smallest x such that A020498(k) + x is prime for all k = 1 to n.
; 1,2,4,4,4,4,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10

#offset 1

sub $0,1
mov $1,1
lpb $0
  add $2,$1
  add $3,$2
  add $1,$2
  sub $0,1
  mul $2,-1
  add $2,$3
  div $0,$3
  mul $3,2
lpe
mov $0,$1
