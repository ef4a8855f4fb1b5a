; A137976: Fibonacci numbers (A000045) not in A103311.
; Formula: a(n) = c(floor(5*n/2)), b(n) = -b(n-1)+c(n-1), c(n) = c(n-1)+(-b(n-1)+c(n-1)), b(0) = 0, c(0) = 1
; 3,13,34,144,377,1597,4181,17711,46368,196418,514229,2178309,5702887,24157817

#offset 1

mul $0,5
mov $1,1
lpb $0
  sub $0,2
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
mov $0,$1
