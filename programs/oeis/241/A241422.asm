; A241422: Limit-reverse of the infinite Fibonacci word A003849 with first term as initial block.
; 0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1,0,0,1,0,0,1,0,1

add $0,11
lpb $0
  add $0,1
  seq $0,184658
  add $1,1
  seq $0,66628
lpe
mov $0,$1
mod $0,2
