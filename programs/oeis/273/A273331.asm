; A273331: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 654", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = c(n)+1, b(n) = 4*b(n-1)+(d(n-1)+min(c(n-1),1)), c(n) = 4*b(n-1), d(n) = min(c(n-1),1), b(0) = 1, c(0) = 0, d(0) = 0
; 1,5,17,69,281,1129,4521,18089,72361,289449,1157801,4631209,18524841,74099369,296397481,1185589929

mov $1,1
lpb $0
  mul $1,4
  min $2,1
  sub $0,1
  add $3,$2
  mov $4,$3
  mov $3,$2
  mov $2,$1
  add $1,$4
lpe
mov $0,$2
add $0,1
