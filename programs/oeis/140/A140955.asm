; A140955: Even integers that do not have at least two partitions into 2 distinct primes.
; 0,2,4,6,8,10,12,14,38

#offset 1

sub $0,1
mov $2,$0
lpb $2
  add $3,1
  sub $1,5
  sub $0,$3
  add $0,$0
  sub $0,$1
  mov $2,7
lpe
mul $0,2
