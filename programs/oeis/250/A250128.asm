; A250128: Number of triforces generated at iteration n in a Koch-Sierpiński Ninja Star.
; 0,1,3,9,30,96,309,996,3207,10329,33267,107142,345072,1111371,3579384,11528097,37128459,119579361,385128390,1240380240,3994883733

mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,1
add $0,3
sub $0,1
lpb $0
  add $3,1
  add $2,1
  mul $2,3
  sub $0,1
  add $2,$3
  sub $2,$1
  sub $3,$2
  sub $2,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$3
sub $0,-3
div $0,-3
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
