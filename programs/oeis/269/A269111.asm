; A269111: a(n) = length of the repeating part of row n of A288097.
; 2,3,2,2,3,2,2,3,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,1
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  equ $1,$3
lpe
mov $0,$1
add $0,2
