; A173577: 7-Factorions: equal to the sum of the 7-fold factorials of their digits in base 10.
; 1,2,3,4,5,6,7,8,19

#offset 1

sub $0,1
sub $0,1
mov $2,$0
lpb $2
  add $3,1
  sub $1,5
  sub $0,$3
  add $0,$0
  sub $0,$1
  sub $2,7
lpe
mul $0,2
sub $0,-2
div $0,2
add $0,1
