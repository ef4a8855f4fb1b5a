; A347359: Decimal expansion of Product_{p in A077800} (1 - 1/p).
; 1,2,9,3,3,7,1,7

sub $0,1
mov $2,2
add $0,2
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  sub $3,$2
  add $2,$1
lpe
mov $0,$1
div $0,3
add $0,1
sub $0,2
div $0,2
add $0,1
mod $0,10
