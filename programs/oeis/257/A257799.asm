; A257799: Parity of binary weight of each term in the infinite trunk of inverted binary beanstalk: a(n) = A010060(A233271(n)).
; Formula: a(n) = lodamod(lodadgs(b(n),2),2), b(n) = A233272(b(n-1)), b(0) = 0
; 0,1,1,1,1,1,0,0,1,1,0,1,1,1,1,1,0,1,0,1,0,0,1,0,0,1,1,1,0,1,1,0,0,1,0,1,0,1,1,1,0,1,0,1,1,1,1,1,0,0,1,0,1,1,1,0,0,0,1,0,0,1,1,0,1,0,1,0,0,1,1,0,1,0,0,0,0,1,0,0

lpb $0
  sub $0,1
  seq $1,233272
lpe
mov $0,$1
dgs $0,2
mod $0,2
