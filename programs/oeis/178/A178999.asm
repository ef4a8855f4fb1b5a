; A178999: Number of n-node simple graphs that are not determined by their resistance distance multisets.
; 0,0,0,0,0,0,0,0,22,98

#offset 1

sub $0,1
sub $0,7
max $0,0
add $0,1
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $3,-1
  sub $0,1
  add $2,$3
  sub $3,-1
  add $4,$1
  sub $3,-1
  sub $3,-5
  add $1,$2
lpe
mov $0,$4
sub $0,1
mul $0,2
