; A393289: Genus of the n-path complement graph.
; 0,0,0,0,0,0,1,1,2,3,3,5,6,7

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $2,-1
lpb $0
  add $2,$3
  sub $0,1
  add $1,$3
  add $2,1
  sub $3,$2
  trn $2,$1
  div $1,-1
  div $3,-2
lpe
sub $3,2
mov $0,$3
sub $0,-2
