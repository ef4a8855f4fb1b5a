; A379755: Orders k of groups where at least one group has a simple automorphism group.
; 3,4,6,8,16,32,64,128,256,512,1024

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $1,5
lpb $0
  sub $0,1
  dif $2,3
  add $2,$1
  add $1,$1
lpe
mov $0,$2
div $0,5
add $0,3
