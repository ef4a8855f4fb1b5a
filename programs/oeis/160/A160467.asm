; A160467: a(n) = 1 if n is odd; otherwise, a(n) = 2^(k-1) where 2^k is the largest power of 2 that divides n.
; 1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,8,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,16,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,8,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,32,1,1,1,2,1,1,1,4,1,1,1,2,1,1,1,8

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,1
  sub $0,-1
  dif $0,2
  mul $2,2
lpe
mov $0,$2
div $0,2
mul $0,84
div $0,168
mul $0,360
div $0,360
add $0,1
