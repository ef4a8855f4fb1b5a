; A067319: Numbers n such that phi(n)^phi(n)+1 is prime.
; 1,2,3,4,5,6,8,10,12

#offset 1

sub $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,4
  add $0,$3
lpe
mul $0,21
div $0,21
mul $0,2
add $0,1
sub $0,-2
div $0,2
add $0,1
