; A383833: Area of the unique primitive Pythagorean triple whose inradius is A000217(n) and such that its long leg and its hypotenuse are consecutive natural numbers.
; 0,6,84,546,2310,7440,19866,46284,97236,188370,341880,588126,967434,1532076,2348430,3499320,5086536,7233534,10088316,13826490,18654510,24813096,32580834,42277956,54270300,68973450,86857056,108449334,134341746,165193860,201738390

sub $0,1
add $0,1
sub $2,-2
mov $1,$0
lpb $1
  add $2,$1
  add $2,$1
  sub $1,1
lpe
bin $2,3
mov $0,$2
div $0,4
mul $0,6
