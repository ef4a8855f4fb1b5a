; A187179: Number of nontrivial compositions of differential operations and directional derivative of the n-th order on the space R^10.
; 7,7,8,9,11,14,19,27,40,61,95,150,239,383,616,993,1603,2590,4187,6771,10952,17717,28663,46374,75031,121399,196424,317817,514235,832046,1346275,2178315,3524584,5702893,9227471,14930358,24157823

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
add $0,7
