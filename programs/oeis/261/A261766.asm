; A261766: a(n) is the number of partial derangements of an n-set with at least one orbit of size exactly n.
; 1,0,3,8,30,144,840,5760,45360,403200,3991680,43545600,518918400,6706022400,93405312000,1394852659200,22230464256000,376610217984000,6758061133824000,128047474114560000,2554547108585472000,53523844179886080000,1175091669949317120000

mov $6,$0
sub $0,1
max $0,0
mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,3
sub $1,1
lpb $0
  mul $1,$0
  sub $0,1
  add $2,$1
  mov $1,-1
  add $1,$2
  sub $2,$1
lpe
mov $0,$1
sub $0,-1
div $0,-1
add $0,1
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
mov $7,$6
equ $7,0
add $0,$7
