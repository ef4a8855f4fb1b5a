; A236213: Number of units in the imaginary quadratic field Q(sqrt(-d)), where d > 0 is the n-th squarefree number.
; 4,2,6,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $3,$0
sub $0,1
add $0,1
lpb $0
  mul $0,$0
  sub $0,1
  mod $0,4
lpe
add $0,2
sub $0,2
mul $0,2
add $0,2
mov $4,$3
equ $4,0
mul $4,2
add $0,$4
