; A145441: Exponents of multipliers 10^a(n) of SI prefixes, in increasing order.
; 1,2,3,6,9,12,15,18,21,24

#offset 1

sub $0,1
sub $0,1
mov $3,$0
lpb $3
  mov $3,$0
  sub $3,1
  add $0,$3
  add $0,$3
lpe
mul $0,201
div $0,201
mul $0,12
add $0,1
sub $0,-11
div $0,12
add $0,1
