; A305714: Number of finite sequences of positive integers of length n that are polydivisible and strictly pandigital.
; 1,1,1,2,0,0,2,0,1,1,1

mov $1,1
lpb $0
  add $2,$3
  sub $0,1
  add $4,$1
  sub $0,$2
  add $2,$3
  add $1,$3
  sub $3,$2
  add $1,$2
  add $2,$4
  sub $4,$2
  add $2,$4
lpe
mov $0,$4
div $0,-1
add $0,1
