; A380824: Area of the unique primitive Pythagorean triple whose inradius is A000032(n) and such that its long leg and its hypotenuse are consecutive natural numbers.
; 30,6,84,180,840,3036,12654,51330,214320,895356,3767244,15880200,67083870,283656366,1200287004,5081015940,21514542240,91113336516,385900503534,1634538491850,6923592200280,29327695892556,124231206250884,526244219948880,2229186359036190,9442932766091286

mov $3,$0
sub $0,1
sub $1,10
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
add $2,$1
mov $0,$2
div $0,-5
fac $0,3
div $0,-1
mul $0,4
div $0,-4
div $0,4
mov $4,$3
equ $4,0
mul $4,24
add $0,$4
