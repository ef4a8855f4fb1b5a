; A375536: The maximum exponent in the prime factorization of the largest 5-smooth divisor of n.
; 0,1,1,2,1,1,0,3,2,1,0,2,0,1,1,4,0,2,0,2,1,1,0,3,2,1,3,2,0,1,0,5,1,1,1,2,0,1,1,3,0,1,0,2,2,1,0,4,0,2,1,2,0,3,1,3,1,1,0,2,0,1,2,6,1,1,0,2,1,1,0,3,0,1,2,2,0,1,0,4

#offset 1

lpb $0
  dif $0,2
  dif $0,3
  add $1,1
  dif $0,5
lpe
mov $0,$1
