; A006186: Number of pair-coverings with largest block size 4.
; 1,5,8,10,11,12,12,13,13,13

#offset 4

sub $0,8
lpb $0
  add $1,1
  sub $0,$1
lpe
sub $1,$0
add $1,3
mul $0,$1
sub $0,3
div $0,2
add $0,$1
add $0,9
