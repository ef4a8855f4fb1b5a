; A373155: a(n) = 1 if n is a non-multiple of 3 whose 2-adic valuation is even, otherwise 0.
; 1,0,0,1,1,0,1,0,0,0,1,0,1,0,0,1,1,0,1,1,0,0,1,0,1,0,0,1,1,0,1,0,0,0,1,0,1,0,0,0,1,0,1,1,0,0,1,0,1,0,0,1,1,0,1,0,0,0,1,0,1,0,0,1,1,0,1,1,0,0,1,0,1,0,0,1,1,0,1,1

#offset 1

lpb $0
  sub $1,1
  sub $0,1
  sub $2,$3
  add $3,$1
  bin $3,$0
  mod $3,2
  sub $1,1
lpe
mov $0,$2
mod $0,2
add $0,1
mod $0,2
