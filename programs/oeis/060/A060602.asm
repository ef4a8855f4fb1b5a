; A060602: Number of tilings of the d-dimensional zonotope constructed from d+3 vectors.
; 8,24,62,148,338,752,1646,3564,7658,16360,34790,73700,155618,327648,688094,1441756,3014618,6291416,13107158,27262932,56623058,117440464,243269582,503316428,1040187338,2147483592,4429184966

sub $0,1
add $3,8
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $2,$0
  sub $3,-1
  add $2,$2
lpe
mov $0,$2
div $0,2
add $0,1
sub $0,1
mul $0,2
add $0,8
