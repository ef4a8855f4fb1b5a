; A353673: a(n) = 1 if n is an odd number with an odd number of distinct prime factors, otherwise 0.
; 0,0,1,0,1,0,1,0,1,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,1,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0

#offset 1

sub $1,$0
lpb $0
  sub $0,1
  gcd $2,$3
  mov $3,$1
  bin $3,$0
lpe
mov $0,$2
equ $0,$3
lpb $2
  sub $2,1
  sub $0,1
  div $0,-1
lpe
