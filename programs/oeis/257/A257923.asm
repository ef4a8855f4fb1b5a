; A257923: Number of prime factors of the n-th Giuga number A007850(n).
; 3,4,4,5,6,6,7,7,7,8,8,8

#offset 1

sub $0,1
add $0,1
sub $0,1
mul $0,8
sub $0,3
lpb $0
  sub $0,1
  sub $2,4
  add $0,$2
lpe
mov $0,$2
div $0,-4
add $0,1
sub $0,1
add $0,3
