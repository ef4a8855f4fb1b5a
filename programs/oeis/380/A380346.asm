; A380346: Number of corona for a hexagon of edge n with diamonds of side 1.
; 18,198,1298,5778,19602,54758,132498,287298,571538,1060902

add $0,1
add $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  add $3,$0
  sub $1,$3
  sub $0,1
  add $3,-1
  add $3,$2
  sub $0,1
lpe
mul $1,$1
mov $0,$1
sub $0,4
mul $0,4
add $0,18
