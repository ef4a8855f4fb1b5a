; A057211: Alternating runs of ones and zeros, where the n-th run has length n.
; 1,0,0,1,1,1,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,1,1

#offset 1

sub $0,1
mov $1,$0
lpb $1
  sub $1,1
  sub $2,1
  mul $3,-1
  add $1,$2
  sub $3,2
  add $1,1
lpe
mov $0,$3
div $0,2
add $0,1
