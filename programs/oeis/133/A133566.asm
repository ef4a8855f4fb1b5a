; A133566: Triangle read by rows: (1,1,1,...) on the main diagonal and (0,1,0,1,...) on the subdiagonal.
; 1,0,1,0,1,1,0,0,0,1,0,0,0,1,1,0,0,0,0,0,1,0,0,0,0,0,1,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,1,0,0

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,-1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
trn $0,-1
bin $1,$0
sub $0,1
bin $0,$1
mod $0,2
