; A326339: Number of connected simple graphs with vertices {1..n} and no crossing or nesting edges.
; 1,0,1,4,12,36,108,324

sub $0,1
mov $3,$0
pow $2,$1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $1,1
lpb $0
  add $1,$2
  sub $1,$2
  sub $1,$2
  sub $2,$1
  sub $0,1
  pow $2,$1
  sub $2,$1
  sub $1,$2
lpe
mov $0,$1
sub $0,-1
add $0,2
sub $0,1
sub $0,1
mul $0,-1
add $0,1
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
