; A123182: Sequence gives k numbers in A123181.
; 1,2,3,2,3,4,3,3,4

#offset 1

sub $0,1
sub $1,-1
sub $0,3
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
sub $0,1
sub $1,$0
add $0,2
lpb $0
  sub $0,1
  sub $0,$1
lpe
sub $0,1
add $0,-1
add $0,1
sub $0,1
sub $0,-2
sub $0,-1
add $0,1
