; A037590: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,3.
; 1,4,19,77,308,1235,4941,19764,79059,316237,1264948,5059795,20239181,80956724,323826899,1295307597,5181230388,20724921555,82899686221,331598744884,1326394979539,5305579918157,21222319672628,84889278690515

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,-1
add $0,3
sub $0,1
add $3,5
lpb $0
  sub $0,1
  add $3,$3
  add $3,2
  add $3,$3
lpe
mov $0,$3
div $0,7
add $0,1
sub $0,4
div $0,3
add $0,1
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
