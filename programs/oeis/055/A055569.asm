; A055569: Sum of digits of a(n)^3 is greater than or equal to a(n).
; 0,1,2,3,4,5,6,7,8,9,12,13,14,15,16,17,18,19,26,27

sub $0,4
mov $1,1
lpb $0
  mul $1,2
  sub $0,$1
lpe
mul $1,3
seq $1,127034
add $0,$1
sub $0,-4
