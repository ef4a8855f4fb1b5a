; A350271: The covering radius of the first order Reed-Muller code RM(1,n).
; 0,1,2,6,12,28,56,120

#offset 1

sub $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$2
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  add $1,$2
  div $1,-1
lpe
mov $0,$3
div $0,4
