; A393840: Number of prime factors of the form k*2^A228845(n) + 1 (with k odd) that divide the Fermat number 2^(2^n) + 1.
; 1,1,1,1,1,2,2,2,2,2,2,4

sub $0,1
sub $0,-5
lpb $0
  sub $0,3
  mul $2,-2
  add $1,1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
div $0,2
add $0,1
