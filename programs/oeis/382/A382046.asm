; A382046: Connected domination number of the n-Lucas cube graph.
; 1,1,1,3,4,7,10,14,20

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,$0
lpb $0
  add $2,$3
  add $2,2
  sub $0,1
  sub $0,1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $2,2
  add $1,$3
lpe
mov $0,$2
add $0,1
