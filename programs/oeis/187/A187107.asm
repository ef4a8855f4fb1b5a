; A187107: Number of nontrivial compositions of differential operations and directional derivative of the n-th order on the space R^9.
; 8,8,9,10,12,15,20,28,41,62,96,151,240,384,617,994,1604,2591,4188,6772,10953,17718,28664,46375,75032,121400,196425,317818,514236,832047,1346276,2178316,3524585,5702894,9227472,14930359,24157824,39088176

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $1,$0
mov $2,2
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$3
add $0,$2
mul $0,2
sub $0,4
div $0,4
add $0,8
