; A351914: Numbers m such that the average of the prime numbers up to m is greater than or equal to m/2.
; 2,3,4,5,6,7,8,11,13,19

#offset 1

sub $0,7
mov $1,$0
add $0,1
lpb $1
  trn $1,2
  add $2,$0
lpe
add $0,$2
add $0,7
