; A005796: Degrees of fundamental invariants of Weyl group W(E_8).
; 2,8,12,14,18,20,24,30

#offset 1

sub $0,1
add $0,1
mov $4,$0
sub $0,1
sub $0,1
sub $0,-1
add $2,-3
add $0,5
mov $1,$0
lpb $1
  add $3,$2
  sub $1,2
  sub $2,$3
  add $3,$2
  add $3,5
  dif $2,-1
  mul $3,-1
lpe
mov $0,$2
sub $0,2
div $0,2
add $0,5
mov $5,$4
mul $5,-2
add $0,$5
sub $0,6
mul $0,3
sub $0,-11
div $0,-3
sub $0,1
mul $0,2
add $0,2
