; A140670: a(n) = 1 if n is odd; otherwise, a(n) = 2^k - 1 where 2^k is the largest power of 2 that divides n.
; 1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,31,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,63,1,1,1,3,1,1,1,7,1,1,1,3,1,1,1,15

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  dif $3,2
lpe
dif $0,$3
add $0,1
sub $0,3
div $0,2
add $0,1
sub $0,1
mul $0,2
add $0,1
