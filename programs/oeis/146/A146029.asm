; A146029: Numbers that can be written from base 2 to base 17 using only the digits 0 to 8 (conjectured to be complete).
; 0,1,2,3,4,5,6,7,8,17,18

#offset 1

sub $0,1
sub $0,1
sub $0,8
sub $0,1
add $0,3
sub $1,$0
lpb $0
  sub $0,2
  sub $1,4
  sub $1,4
lpe
mov $0,$1
sub $0,6
div $0,-1
add $0,1
