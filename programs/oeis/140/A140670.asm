; A140670: a(n) = 1 if n is odd; otherwise, a(n) = 2^k - 1 where 2^k is the largest power of 2 that divides n.
; 1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,31,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,63,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15

#offset 1

sub $0,1
sub $0,1
add $0,1
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
mul $0,2
add $0,1
