; A254281: Decimal expansion of deuteron mass in u.
; 2,0,1,3,5,5,3,2,1,2

#offset 1

sub $0,1
mov $1,$0
sub $0,1
pow $0,10
lpb $0
  add $0,1
  mod $0,7
lpe
equ $1,0
add $0,$1
