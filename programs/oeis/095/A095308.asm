; A095308: Number of walks of length n between two nodes at distance 3 in the cycle graph C_7.
; Formula: a(n) = -c(max(n-2,0)), b(n) = -(b(n-1)-c(n-1))+e(n-1), c(n) = -(c(n-1)+d(n-1)), d(n) = d(n-1)+(b(n-1)-c(n-1)), e(n) = 2*e(n-1), b(0) = 1, c(0) = 0, d(0) = 1, e(0) = 4
; 1,1,5,6,21,28,84,121,331,507,1300,2093,5110,8568,20129,34885,79477,141494,314489,572264,1246784,2309385,4950751,9303411,19684692,37427313,78354346,150402700,312168761,603861897,1244620149

#offset 3

sub $0,2
mov $1,1
mov $2,1
mov $3,$0
mov $0,4
lpb $3
  sub $2,$4
  add $4,$1
  sub $3,1
  add $1,$2
  mul $2,-1
  add $2,$0
  mul $4,-1
  mul $0,2
lpe
mov $0,$4
mul $0,-1
