; A112765: Exponent of highest power of 5 dividing n. Or, 5-adic valuation of n.
; 0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,2,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,2,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,2,0,0,0,0,1

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  add $2,3
  dif $0,5
lpe
mov $0,$2
div $0,3
mul $0,21
div $0,21
