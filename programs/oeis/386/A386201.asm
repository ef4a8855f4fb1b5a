; A386201: Lengths of the long leg in the unique primitive Pythagorean triple whose inradius is A000032(n) and such that its long leg and its hypotenuse are consecutive natural numbers.
; 12,4,24,40,112,264,684,1740,4512,11704,30504,79600,208012,543924,1422984,3723720,9746112,25511224,66782124,174826300,457682512,1198198104,3136874424,8212364640,21500121612,56287841764,147363147384,385801185640,1010039738512

mov $3,$0
sub $0,1
sub $1,5
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
add $2,$1
mov $0,$2
div $0,-5
fac $0,2
mov $4,$3
equ $4,0
mul $4,4
add $0,$4
sub $0,2
mul $0,2
add $0,4
