; A391538: Guaranteed win if opponent chooses one of three baskets and the player chooses the coins with values from 1 to n (see Comments for details).
; 1,2,3,5,8,11,14,17,21,25,29,34,39,44

#offset 1

sub $0,1
lpb $0
  sub $0,1
  sub $1,$0
  add $0,1
  add $2,2
  trn $0,$2
  sub $1,1
  sub $1,$0
  add $0,1
  trn $0,$2
lpe
sub $0,$1
add $0,1
