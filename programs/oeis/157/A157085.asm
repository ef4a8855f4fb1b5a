; A157085: Consider all Consecutive Integer Pythagorean quintuples (X, X+1, X+2, Z-1, Z) ordered by increasing Z; sequence gives Z values.
; 2,14,134,1322,13082,129494,1281854,12689042,125608562,1243396574,12308357174,121840175162,1206093394442,11939093769254,118184844298094,1169909349211682,11580908647818722,114639177128975534,1134810862641936614,11233469449290390602,111199883630261969402

mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
add $0,1
add $0,1
sub $1,3
add $2,$1
lpb $0
  add $1,$2
  sub $1,$2
  sub $1,$2
  sub $2,$1
  sub $2,$1
  sub $0,1
  sub $2,$1
  sub $2,$1
  sub $1,$2
lpe
mov $0,$2
sub $0,-7
div $0,-6
add $0,1
mov $4,$3
equ $4,0
mul $4,-4
add $0,$4
mul $0,3
add $0,2
