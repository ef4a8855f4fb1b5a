; A287841: Number of iterations of number of distinct prime factors (A001221) needed to reach 1 starting at n (n is counted).
; 1,2,2,2,2,3,2,2,2,3,2,3,2,3,3,2,2,3,2,3,3,3,2,3,2,3,2,3,2,3,2,2,3,3,3,3,2,3,3,3,2,3,2,3,3,3,2,3,2,3,3,3,2,3,3,3,3,3,2,3,2,3,3,2,3,3,2,3,3,3,2,3,2,3,3,3,3,3,2,3

#offset 1

sub $1,$0
lpb $0
  sub $0,1
  gcd $2,$3
  mov $3,$1
  bin $3,$0
lpe
lpb $2
  sub $2,1
  bin $3,$0
  mov $0,$3
  add $0,1
lpe
add $0,1
