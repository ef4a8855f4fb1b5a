; A382843: Length of the long leg in the unique primitive Pythagorean triple (x,y,z) such that (x-y+z)/2 = A000045(n) and its long leg and hypotenuse are consecutive natural numbers.
; 0,0,0,4,12,40,112,312,840,2244,5940,15664,41184,108112,283504,742980,1946364,5097624,13348944,34953160,91516920,239607940,627323620,1642389984,4299890112,11257351200,29472278112,77159668612,202007027820,528861900424,1384579459120

add $1,5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,-5
fac $0,2
div $0,-1
mul $0,4
div $0,-4
mul $0,2
