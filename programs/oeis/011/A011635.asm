; A011635: 42nd cyclotomic polynomial.
; 1,1,0,-1,-1,0,1,0,-1,-1,0,1,1

lpb $0
  sub $0,1
  add $1,$2
  add $3,$1
  sub $4,$1
  add $2,$4
  lpb $4
    mov $4,$3
  lpe
  add $4,$1
  add $1,1
lpe
mov $0,$2
add $0,1
