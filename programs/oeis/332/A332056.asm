; A332056: a(1) = 1, then a(n+1) = a(n) - (-1)^a(n) Sum_{k=1..n} a(k): if a(n) is odd, add the partial sum, else subtract.
; 1,2,-1,1,4,-3,1,6,-5,1,8,-7,1,10,-9,1,12,-11,1,14,-13,1,16,-15,1,18,-17,1,20,-19,1,22,-21,1,24,-23,1,26,-25,1,28,-27,1,30,-29,1,32,-31,1,34,-33,1,36,-35,1,38,-37,1,40,-39

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,2
sub $0,1
sub $0,-1
add $0,4
add $0,$0
lpb $0
  add $1,$3
  add $2,$3
  sub $1,-3
  sub $0,1
  sub $0,1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  gcd $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$3
sub $0,-1
div $0,-3
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
