; A121254: Number of conjugated cycles composed of six carbons in (n,n)-nanotubes in terms of the number of naphthalene units.
; 4,16,60,208,680,2136,6524,19520,57492,167240,481624,1375536

#offset 1

sub $0,1
add $0,1
sub $1,4
sub $1,2
mul $1,$0
lpb $0
  sub $0,1
  add $1,$2
  add $2,$1
lpe
mov $0,$1
sub $0,-6
div $0,-6
mul $0,4
add $0,4
