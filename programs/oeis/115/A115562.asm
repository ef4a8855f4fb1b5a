; A115562: a(n) = number of distinct squarefree ternary (cyclic) sequences uniquely containing every possible length-n substring.
; 2,3,0,6,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
mov $0,5
lpb $1
  add $0,1
  mul $0,$1
  sub $1,1
lpe
sub $0,3
mod $0,10
