; A115562: a(n) = number of distinct squarefree ternary (cyclic) sequences uniquely containing every possible length-n substring.
; 2,3,0,6,0,0,0,0,0,0

#offset 1

sub $0,1
mov $2,$0
lpb $2
  sub $2,1
  mov $3,1
  sub $3,4
  fac $3,$2
  add $1,$3
lpe
mov $0,$1
add $0,2
