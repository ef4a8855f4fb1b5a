; A227832: Sum of odd numbers starting with 1, alternating signs (beginning with plus).
; 1,4,-1,6,-3,8,-5,10,-7,12,-9,14,-11,16,-13,18,-15,20,-17,22,-19,24,-21,26,-23,28,-25,30,-27,32,-29,34,-31,36,-33,38,-35,40,-37,42,-39,44,-41,46,-43,48,-45,50,-47,52,-49

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
mov $3,$0
sub $0,1
lpb $3
  sub $3,2
lpe
mov $2,$0
lpb $2
  sub $2,1
  mul $0,-1
lpe
mov $4,$3
lpb $3
  sub $3,1
  add $0,$4
  sub $0,-1
lpe
add $0,2
sub $0,4
div $0,-1
add $0,1
