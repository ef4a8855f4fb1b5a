; A275015: Number of neighbors of each new term in an isosceles triangle read by rows.
; 0,1,2,1,3,2,1,3,3,2,1,3,3,3,2,1,3,3,3,3,2,1,3,3,3,3,3,2,1,3,3,3,3,3,3,2,1,3,3,3,3,3,3,3,2,1,3,3,3,3,3,3,3,3,2,1,3,3,3,3,3,3,3,3,3,2,1,3,3,3,3,3,3,3,3,3,3,2,1,3

#offset 1

sub $0,1
lpb $0
  add $1,1
  sub $0,$1
lpe
equ $1,$0
pow $2,$0
add $1,$2
mov $0,$1
add $0,$2
sub $0,3
div $0,-1
