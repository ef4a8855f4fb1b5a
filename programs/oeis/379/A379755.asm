; A379755: Orders k of groups where at least one group has a simple automorphism group.
; 3,4,6,8,16,32,64,128,256,512,1024

#offset 1

sub $0,1
mov $1,2
pow $1,$0
lpb $0
  mov $0,2
  sub $1,2
lpe
mov $0,$1
add $0,2
