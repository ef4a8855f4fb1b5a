; A351914: Numbers m such that the average of the prime numbers up to m is greater than or equal to m/2.
; 2,3,4,5,6,7,8,11,13,19

#offset 1

sub $0,1
sub $0,1
add $3,$0
sub $0,1
sub $0,5
add $0,2
mov $2,$0
lpb $2
  sub $2,2
  add $3,$0
lpe
mov $0,$3
sub $0,-1
add $0,2
