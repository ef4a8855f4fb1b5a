; A211668: Number of iterations sqrt(sqrt(sqrt(...(n)...))) such that the result is < 3.
; 0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
mov $4,$0
sub $0,1
lpb $4
  add $3,1
  sub $0,1
  sub $0,1
  add $0,1
  add $0,1
  sub $0,1
  mov $4,$0
  sub $3,1
  add $3,4
  sub $1,$3
  mov $0,$1
  div $0,-1
  add $0,1
  sub $0,2
  add $0,3
lpe
mov $0,$3
div $0,2
div $0,2
add $0,1
sub $0,1
