; A211668: Number of iterations sqrt(sqrt(sqrt(...(n)...))) such that the result is < 3.
; 0,0,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
add $3,1
lpb $0
  add $3,$3
  sub $3,1
  mov $0,$3
  mul $0,2
  mul $0,5
lpe
add $0,9
div $0,6
add $0,-2
add $0,-7
div $0,-1
add $0,1
sub $0,9
div $0,-1
add $0,1
sub $0,1
