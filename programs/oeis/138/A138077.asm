; A138077: Index of the largest maximal subgroup of PSL(3,q) as q runs through the prime powers (A000961).
; Formula: a(n) = 2*b(floor((9*n+12)/7))+1, b(n) = b(n-1)+c(n-1), c(n) = c(n-1)+1, b(0) = 0, c(0) = 0
; 7,13,21,31,57,73,91,133

#offset 1

mul $0,9
add $0,12
lpb $0
  sub $0,7
  add $1,$2
  add $2,1
lpe
mov $0,$1
mul $0,2
add $0,1
