; A137583: Number of elements in the n-th period of the Janet periodic table of elements.
; 2,2,8,8,18,18,32,32

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $3,1
sub $0,1
add $0,1
add $0,1
sub $0,1
mov $2,$0
lpb $2
  add $0,$3
  sub $2,1
  div $3,-1
  add $3,$2
lpe
add $0,1
sub $0,1
mul $0,2
add $0,2
