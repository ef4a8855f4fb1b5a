; A049219: Number of horizontally convex n-ominoes in which the top row has exactly 1 square.
; 1,1,3,10,33,107,344,1103,3535,11330,36317,116415,373176,1196243,3834643,12292218,39403561,126310851,404898200,1297929287,4160602439,13337099986,42753000005,137047709879,439315949304,1408257777387

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  add $2,$2
  sub $1,2
  add $1,$1
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  div $1,-2
  add $1,$2
  sub $2,$1
  add $2,-1
  div $1,-1
lpe
mov $0,$2
mul $0,2
div $0,-4
add $0,1
