; A037527: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,1,0.
; 2,21,210,2102,21021,210210,2102102,21021021,210210210,2102102102,21021021021,210210210210,2102102102102,21021021021021,210210210210210,2102102102102102,21021021021021021,210210210210210210,2102102102102102102,21021021021021021021

#offset 1

sub $0,1
sub $2,1
add $0,1
add $0,1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  mul $1,7
  mul $1,3
  mul $1,-1
  add $1,$2
  add $2,3
  mul $2,10
  add $1,$2
  div $1,15
  div $1,8
lpe
mov $0,$1
div $0,5
add $0,1
sub $0,4
div $0,2
add $0,2
