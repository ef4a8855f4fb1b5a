; A100656: a(n)=1 if a hexagonal number is a prime, otherwise 0.
; 0,1,1,1,1,0,1,0,0,1,1,1,0,1,1,0,0,1,0,0,0,0,0,1,1,1,0,1

lpb $0
  seq $0,350090
  sub $0,1
  add $1,1
lpe
mov $0,$1
mod $0,2
