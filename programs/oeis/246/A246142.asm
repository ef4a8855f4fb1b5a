; A246142: Limiting block extension of A004539 (base-2 representation of sqrt(2)) with first term as initial block.
; 1,1,1,0,0,1,1,0,1,0,0,1,1,0,1,1,0,0,1,0,1,1,0,0

#offset 1

sub $0,1
mov $1,$0
lpb $1
  add $0,$2
  mul $0,10
  sub $1,1
  add $0,$2
  sub $2,2
  add $0,$2
lpe
div $0,33
add $0,1
mod $0,2
