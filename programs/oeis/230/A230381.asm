; A230381: The size of an optimal binary code of length n and edit distance 5.
; 1,2,2,2,4,5,8,11

#offset 4

sub $0,4
sub $0,2
add $0,1
sub $0,4
sub $0,-1
add $0,1
add $0,2
add $1,3
add $0,1
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$2
  add $2,$3
  sub $1,3
  add $3,$1
  sub $3,$2
lpe
mov $0,$1
sub $0,3
sub $0,-5
div $0,-5
add $0,1
add $0,1
