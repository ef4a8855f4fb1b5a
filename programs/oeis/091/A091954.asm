; A091954: Number of odd proper divisors of n. That is, the number of odd divisors of n that are less than n.
; 0,1,1,1,1,2,1,1,2,2,1,2,1,2,3,1,1,3,1,2,3,2,1,2,2,2,3,2,1,4,1,1,3,2,3,3,1,2,3,2,1,4,1,2,5,2,1,2,2,3,3,2,1,4,3,2,3,2,1,4,1,2,5,1,3,4,1,2,3,4,1,3,1,2,5,2,3,4,1,2

#offset 1

sub $0,1
mov $1,-2
lpb $0
  sub $0,1
  sub $1,2
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
lpe
gcd $0,$3
