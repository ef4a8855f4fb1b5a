; A121254: Number of conjugated cycles composed of six carbons in (n,n)-nanotubes in terms of the number of naphthalene units.
; 4,16,60,208,680,2136,6524,19520,57492,167240,481624,1375536

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
mov $3,$0
add $0,1
lpb $3
  sub $3,1
  add $0,$1
  add $1,$0
lpe
add $0,$1
mul $0,4
mov $5,$4
equ $5,0
mul $5,-12
add $0,$5
