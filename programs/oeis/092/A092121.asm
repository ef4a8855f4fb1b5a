; A092121: Minimum sum of absolute values of coefficients of a product of n binomials.
; 6,8,10,12,16,16,20,24,28

#offset 3

sub $0,3
sub $0,1
mov $3,$0
sub $0,1
max $0,0
lpb $0
  sub $0,1
  add $0,$2
  add $2,$2
  sub $2,1
lpe
mul $0,-1
add $0,1
sub $0,1
mov $4,$3
add $4,-1
mul $4,-1
add $0,$4
sub $0,-1
mul $0,6
sub $0,12
div $0,-6
add $0,1
mul $0,2
add $0,6
