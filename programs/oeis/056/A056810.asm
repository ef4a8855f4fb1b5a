; A056810: Numbers whose fourth power is a palindrome.
; 0,1,11,101,1001,10001,100001,1000001,10000001,100000001,1000000001,10000000001,100000000001

#offset 1

sub $0,1
sub $0,1
sub $2,1
add $3,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  add $1,$2
  mul $2,10
  div $1,-1
  bin $3,$1
lpe
mov $0,$2
sub $0,-1
