; A080342: Number of weighings required to identify a single bad coin out of n coins, using a two-pan balance.
; 0,1,1,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
lpb $0
  div $0,3
  add $1,8
lpe
mov $0,$1
div $0,8
add $0,1
sub $0,1
