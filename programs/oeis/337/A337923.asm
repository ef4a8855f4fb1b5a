; A337923: a(n) is the exponent of the highest power of 2 dividing the n-th Fibonacci number.
; 0,0,1,0,0,3,0,0,1,0,0,4,0,0,1,0,0,3,0,0,1,0,0,5,0,0,1,0,0,3,0,0,1,0,0,4,0,0,1,0,0,3,0,0,1,0,0,6,0,0,1,0,0,3,0,0,1,0,0,4,0,0,1,0,0,3,0,0,1,0,0,5,0,0,1,0,0,3,0,0

#offset 1

seq $0,22352
dif $0,2
lpb $0
  dif $0,2
  add $1,1
lpe
mov $0,$1
