; A375880: a(n) = 2^(2n+1)*cos(nA), where A is the angle opposite side BC in a triangle ABC having sidelengths |BC|=2, |CA| = 3, |AB| = 4; ABC is the smallest integer-sided scalene triangle.
; 2,7,17,7,-223,-1673,-8143,-30233,-81343,-85673,701777,6283207,32754017,128746807,377163377,580194727,-1973250943,-23095872233,-130099090543,-541159678073,-1706532297823,-3287171235593,4294318116017,82654966581607,509875676214977

mov $2,3
sub $3,$2
add $0,1
lpb $0
  add $4,$3
  add $2,$3
  sub $0,1
  add $2,$3
  sub $1,$3
  mov $3,$2
  mov $2,$1
  add $1,$2
  add $2,$1
  add $2,$3
  add $3,$3
lpe
mov $0,$4
sub $0,-3
div $0,-6
mul $0,5
add $0,2
