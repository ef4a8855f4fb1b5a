; A236213: Number of units in the imaginary quadratic field Q(sqrt(-d)), where d > 0 is the n-th squarefree number.
; 4,2,6,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $2,$0
sub $2,1
sub $2,1
lpb $0
  sub $0,1
  add $3,$0
  sub $1,$3
  mul $3,-1
  add $3,$2
  mov $0,$1
  mul $0,-2
  div $0,2
lpe
mov $0,$3
mul $0,2
add $0,4
