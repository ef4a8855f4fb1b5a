; A269111: a(n) = length of the repeating part of row n of A288097.
; 2,3,2,2,3,2,2,3,2,2,2,2,2,2

#offset 1

sub $0,1
add $0,1
mov $1,$0
lpb $1
  sub $1,4
  sub $0,3
lpe
mul $0,2
add $0,4
sub $0,6
div $0,-2
equ $0,-1
add $0,2
