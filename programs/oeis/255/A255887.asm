; A255887: a(n) = 1 if the n-th prime is the sum of three squares, otherwise a(n) = 0.
; Formula: a(n) = lodamod(binomial(b(n),6)+1,2), b(n) = A151800(b(n-1)), b(0) = 0
; 1,1,1,0,1,1,1,1,0,1,0,1,1,1,0,1,1,1,1,0,1,0,1,1,1,1,0,1,1,1,0,1,1,1,1,0,1,1,0,1,1,1,0,1,1,0,1,0,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,0,0,1,1,0,1,1,1,1

#offset 1

lpb $0
  seq $1,151800
  sub $0,1
lpe
bin $1,6
mov $0,$1
add $0,1
mod $0,2
