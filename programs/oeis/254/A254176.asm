; A254176: Decimal expansion of (1 u)c^2/h in Hz.
; 2,2,5,2,3,4,2,7

#offset 24

sub $0,24
lpb $0
  add $1,1
  sub $0,$1
lpe
mov $2,$1
sub $0,1
bin $1,$0
add $2,1
add $0,1
bin $2,$0
seq $2,121451
add $1,$2
mov $0,$1
add $0,2
