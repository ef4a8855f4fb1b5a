; A334732: a(n) is the total number of parts in all partitions of n into consecutive parts that differ by 5.
; 1,1,1,1,1,1,3,1,3,1,3,1,3,1,3,1,3,4,3,1,6,1,3,4,3,1,6,1,3,4,3,1,6,5,3,4,3,5,6,1,3,8,3,1,6,5,3,4,3,5,6,1,3,8,8,1,6,5,3,9,3,5,6,1,8,8,3,1,6,10,3,4,3,5,11,1,3,8,3,6

#offset 1

lpb $0
  add $0,$1
  add $0,$1
  add $0,$1
  add $0,$1
  sub $1,1
  sub $2,$3
  add $0,$1
  mov $3,$1
  gcd $3,$0
  div $3,$1
  mul $3,$1
lpe
sub $2,$3
mov $0,$2
mul $0,-1
