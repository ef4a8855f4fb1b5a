; A367440: Independence number of the polyomino graph PG(n) defined in A367435.
; 1,1,1,2,4,7,18,46

#offset 1

sub $0,1
add $1,3
lpb $0
  sub $0,2
  mul $2,-1
  add $2,$1
  mul $1,$0
  add $1,$2
  sub $2,$1
lpe
mov $0,$1
sub $0,-5
div $0,-5
add $0,1
sub $0,-1
div $0,-1
add $0,1
add $0,1
