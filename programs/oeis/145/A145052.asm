; A145052: One-third of the number of n X n nonnegative integer arrays with every 3 X 3 subblock summing to 1.
; 3,7,11,15,27,39,51,87,123,159,267,375,483,807,1131,1455,2427,3399,4371,7287,10203,13119,21867,30615

#offset 3

sub $0,3
sub $0,1
add $0,1
add $0,1
lpb $0
  add $1,$2
  sub $0,1
  add $1,$3
  add $2,$3
  sub $1,1
  sub $3,$2
  sub $1,$2
  add $1,$2
  mul $2,3
  sub $3,$1
  sub $1,$2
  sub $3,$2
lpe
mov $0,$1
div $0,-3
mul $0,4
add $0,3
