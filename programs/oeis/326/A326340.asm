; A326340: Number of maximal simple graphs with vertices {1..n} and no crossing or nesting edges.
; 1,1,1,1,4,9,19,42

sub $0,1
sub $0,5
add $0,6
sub $0,2
mov $3,1
lpb $0
  add $2,2
  sub $0,1
  sub $2,$1
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $3,1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-1
add $0,1
