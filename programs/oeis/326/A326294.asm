; A326294: Number of connected simple graphs on a subset of {1..n} with no crossing or nesting edges.
; 1,1,2,8,35,147,600,2418

sub $0,1
sub $0,1
add $0,3
sub $0,3
sub $0,1
add $0,$0
add $0,1
add $0,2
add $0,5
lpb $0
  add $2,3
  sub $2,$1
  add $2,2
  sub $0,1
  sub $2,1
  sub $0,1
  sub $3,3
  add $2,-1
  mul $2,4
  add $2,$1
  sub $2,$1
  add $2,$3
  add $2,$3
  add $2,$3
  add $1,$3
  add $2,$3
lpe
mov $0,$2
div $0,-6
add $0,1
sub $0,4
add $0,3
div $0,-2
add $0,1
