; A351914: Numbers m such that the average of the prime numbers up to m is greater than or equal to m/2.
; 2,3,4,5,6,7,8,11,13,19

#offset 1

sub $0,1
sub $0,6
add $0,1
mov $1,$0
lpb $1
  sub $1,2
  add $2,$0
lpe
add $2,$0
mov $0,$2
sub $0,1
mul $0,2
add $0,2
sub $0,-10
div $0,2
add $0,2
