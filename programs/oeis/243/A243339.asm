; A243339: Number of simple connected graphs with n nodes that are distance regular and K_4 free.
; 1,1,1,1,1,3,1,3,3,4

#offset 1

sub $0,1
seq $0,14681
div $0,3
lpb $0
  sub $0,1
  mul $0,2
lpe
add $0,1
