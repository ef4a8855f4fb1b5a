; A037630: Base-9 digits are, in order, the first n terms of the periodic sequence with initial period 2,3,0.
; Formula: a(n) = b(n), b(n) = 9*b(n-1)+lodamod(A105062(c(n-1)+11),4), c(n) = lodamod(A105062(c(n-1)+11),4), b(0) = 0, c(0) = 0
; 2,21,189,1703,15330,137970,1241732,11175591,100580319,905222873,8147005860,73323052740,659907474662,5939167271961,53452505447649,481072549028843,4329652941259590

#offset 1

lpb $0
  mul $1,9
  add $2,11
  seq $2,105062
  mod $2,4
  sub $0,1
  add $1,$2
lpe
mov $0,$1
