; A173577: 7-Factorions: equal to the sum of the 7-fold factorials of their digits in base 10.
; 1,2,3,4,5,6,7,8,19

#offset 1

sub $0,1
sub $0,8
sub $0,1
add $0,3
sub $1,$0
lpb $0
  sub $0,2
  add $1,$1
  sub $1,4
  sub $1,4
lpe
mov $0,$1
sub $0,6
div $0,-1
add $0,1
