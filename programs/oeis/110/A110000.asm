; A110000: Minimal number of polygonal pieces in a dissection of a regular n-gon to an equilateral triangle (conjectured).
; 1,4,6,5,8,7,8,7

#offset 3

sub $0,3
mov $6,$0
sub $0,1
add $0,$0
mul $0,7
div $0,7
lpb $6
  sub $6,1
  div $0,3
  mul $0,12
  add $0,16
  div $0,8
  sub $0,5
  sub $0,-2
  sub $0,-1
  add $0,3
  equ $5,0
  mul $5,-1
  add $0,$5
  sub $0,1
  add $0,2
  mov $7,$6
  equ $7,0
  mul $7,-2
  add $0,$7
lpe
sub $0,-2
add $0,1
