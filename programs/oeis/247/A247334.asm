; A247334: Highly abundant numbers which are not abundant.
; 1,2,3,4,6,8,10,16

#offset 1

sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,3
sub $0,1
sub $0,1
add $0,3
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $2
  sub $2,1
  sub $2,3
  add $3,$0
lpe
mov $0,$3
lpb $2
  sub $2,1
  sub $0,6
  add $0,7
lpe
sub $0,1
add $0,1
