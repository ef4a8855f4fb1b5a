; A352446: Total number of parts in all partitions of n into an even number of consecutive parts.
; 0,0,2,0,2,0,2,0,2,4,2,0,2,4,2,0,2,4,2,0,8,4,2,0,2,4,8,0,2,4,2,0,8,4,2,8,2,4,8,0,2,4,2,8,8,4,2,0,2,4,8,8,2,4,12,0,8,4,2,8,2,4,8,0,12,4,2,8,8,4,2,0,2,4,18,8,2,16,2,0

#offset 1

lpb $0
  sub $1,1
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
