; A347025: Maximum size of a family of nonempty sets on n elements such that no set is a union of some others.
; 0,1,2,4,7,13,24,44

sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  add $2,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  add $2,-1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
lpb $1
  sub $1,1
  mov $0,$2
lpe
add $0,3
sub $0,4
div $0,-1
