; A390109: Number of canonical representative loops with length A389534(n) touching all cells in an n X n grid.
; 1,1,1,1,1,1,1,1,2,3,18

sub $0,1
sub $0,1
sub $0,1
sub $0,6
add $0,2
sub $0,1
sub $2,1
add $0,1
add $0,$0
lpb $0
  sub $3,1
  add $2,$4
  add $2,$4
  add $2,2
  add $1,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
  add $2,$4
lpe
mov $0,$3
mul $0,-1
div $0,2
add $0,1
