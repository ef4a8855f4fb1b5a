; A334541: a(n) is the number of partitions of n into consecutive parts that differ by 5.
; 1,1,1,1,1,1,2,1,2,1,2,1,2,1,2,1,2,2,2,1,3,1,2,2,2,1,3,1,2,2,2,1,3,2,2,2,2,2,3,1,2,3,2,1,3,2,2,2,2,2,3,1,2,3,3,1,3,2,2,3,2,2,3,1,3,3,2,1,3,3,2,2,2,2,4,1,2,3,2,2

#offset 1

lpb $0
  add $0,$1
  add $0,1
  add $0,$1
  add $0,$1
  sub $1,1
  mov $2,$1
  gcd $2,$0
  div $2,$1
  add $3,$2
  add $0,$1
  add $0,$1
lpe
mov $0,$3
div $0,-1
