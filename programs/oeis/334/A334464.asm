; A334464: a(n) is the total number of parts in all partitions of n into consecutive parts that differ by 4.
; 1,1,1,1,1,3,1,3,1,3,1,3,1,3,4,3,1,6,1,3,4,3,1,6,1,3,4,7,1,6,1,7,4,3,1,10,1,3,4,7,1,6,1,7,9,3,1,10,1,8,4,7,1,6,6,7,4,3,1,15,1,3,4,7,6,12,1,7,4,8,1,16,1,3,9,7,1,12,1,12

#offset 1

lpb $0
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
