; A326294: Number of connected simple graphs on a subset of {1..n} with no crossing or nesting edges.
; 1,1,2,8,35,147,600,2418

add $0,1
sub $0,1
add $0,1
sub $0,-1
sub $0,3
add $0,1
sub $0,1
add $0,1
mul $0,2
mov $1,$0
lpb $1
  sub $1,2
  sub $2,1
  sub $4,$3
  trn $3,$2
  mul $2,4
lpe
mov $0,$4
div $0,-1
add $0,1
