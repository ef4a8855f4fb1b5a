; A382308: Sum of the legs of the unique primitive Pythagorean triple whose inradius is A000045(n) and such that its long leg and its hypotenuse are consecutive natural numbers.
; 1,7,7,17,31,71,161,391,967,2449,6271,16199,42049,109511,285767,746641,1952287,5107207,13364449,34978247,91557511,239673617,627429887,1642561927,4300168321,11257801351,29473006471,77160847121,202008934687,528864985799,1384584451361

sub $0,1
sub $0,1
add $0,2
add $0,1
sub $0,1
add $0,2
add $2,-3
lpb $0
  add $2,$3
  add $2,1
  sub $0,1
  sub $3,$2
  div $3,-1
lpe
mul $3,$3
mov $0,$3
sub $0,1
mul $0,2
add $0,1
