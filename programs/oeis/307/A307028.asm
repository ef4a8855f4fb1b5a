; A307028: Longest path length in the stacked book graph S_{n+1} square P_n.
; 1,5,10,17,24,33,42,53

#offset 1

sub $0,1
mov $2,5
sub $1,9
lpb $0
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
mul $0,3
div $0,-6
add $0,-1
add $0,1
sub $0,-2
add $0,1
