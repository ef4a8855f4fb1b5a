; A028729: Nonsquares mod 16.
; 2,3,5,6,7,8,10,11,12,13,14,15

#offset 1

sub $0,1
sub $0,1
add $0,3
add $0,1
sub $0,1
mov $2,$0
lpb $2
  div $2,2
  add $0,1
lpe
add $0,1
sub $0,5
add $0,2
