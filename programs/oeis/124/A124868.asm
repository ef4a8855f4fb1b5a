; A124868: Natural numbers that are not the sum of 3 distinct primes.
; 1,2,3,4,5,6,7,8,9,11,13,17

#offset 1

sub $0,1
sub $0,8
mov $1,$0
bin $0,$3
lpb $1
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,3
add $0,4
sub $0,4
add $1,$0
mov $0,$1
sub $0,-1
sub $0,-7
add $0,1
