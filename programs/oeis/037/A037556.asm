; A037556: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,1.
; Formula: a(n) = c(n), b(n) = gcd(b(n-1)+c(n-1),2)+1, c(n) = 7*c(n-1)+gcd(b(n-1)+c(n-1),2), b(0) = 0, c(0) = 0
; 2,15,106,744,5209,36464,255250,1786751,12507258,87550808,612855657,4289989600,30029927202,210209490415,1471466432906,10300265030344,72101855212409,504712986486864,3532990905408050

#offset 1

lpb $0
  sub $0,1
  add $1,$2
  gcd $1,2
  mul $2,7
  add $2,$1
  add $1,1
lpe
mov $0,$2
