; A230864: log2*(n) (version 3): number of iterations log_2(log_2(log_2(...(n)...))) required for the result to be <= 1.
; 0,1,2,2,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
mov $3,$0
sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  sub $2,$1
  add $1,2
  div $2,$1
lpe
mov $0,$1
div $0,2
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
