; A290452: Triangle formed by reading the triangle of Eulerian numbers (A173018) mod 2.
; 1,1,0,1,1,0,1,0,1,0,1,1,1,1,0,1,0,0,0,1,0,1,1,0,0,1,1,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,1,1,0,1,0,0,0,0,0,0,0,1,0,1,1,0,0,0,0,0,0,1,1,0,1,0,1,0,0,0,0,0,1,0,1,0,1,1

sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,2
  sub $0,$1
  sub $1,-1
lpe
lpb $0
  sub $0,$1
  sub $0,5
lpe
bin $1,$0
mov $0,$1
mod $0,2
