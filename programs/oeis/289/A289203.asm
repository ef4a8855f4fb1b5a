; A289203: Number of maximum independent vertex sets in the n X n knight graph.
; 1,1,2,6,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2

#offset 1

sub $0,2
mov $1,-1
lpb $0
  sub $0,1
  dif $0,-2
  add $2,$1
  sub $3,$4
  mul $1,3
  sub $1,$3
  mov $4,$2
lpe
mov $0,$1
div $0,-2
add $0,1
