; A012245: Characteristic function of factorial numbers; also decimal expansion of Liouville's number or Liouville's constant.
; Formula: a(n) = d(max(A076934(n),0))%2, b(n) = b(n-1)+c(n-1), c(n) = d(n-1), d(n) = d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 0, d(0) = 1
; 1,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

mov $1,1
seq $0,76934
lpb $0
  add $2,$3
  mov $3,$1
  add $1,$2
  sub $0,1
lpe
mov $0,$1
mod $0,2
