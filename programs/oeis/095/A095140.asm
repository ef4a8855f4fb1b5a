; A095140: Triangle, read by rows, formed by reading Pascal's triangle (A007318) mod 5.
; 1,1,1,1,2,1,1,3,3,1,1,4,1,4,1,1,0,0,0,0,1,1,1,0,0,0,1,1,1,2,1,0,0,1,2,1,1,3,3,1,0,1,3,3,1,1,4,1,4,1,1,4,1,4,1,1,0,0,0,0,2,0,0,0,0,1,1,1,0,0,0,2,2,0,0,0,1,1,1,2

sub $0,1
max $0,0
add $0,1
sub $0,1
sub $1,-1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
bin $1,$0
lpb $1
  sub $1,5
lpe
mov $0,$1
