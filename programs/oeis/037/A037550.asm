; A037550: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,2.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 9*c(n-1)+floor((b(n-1)+2)/3)+1, b(0) = 0, c(0) = 0
; 1,11,101,910,8192,73730,663571,5972141,53749271,483743440,4353690962,39183218660,352648967941,3173840711471,28564566403241,257081097629170,2313729878662532

#offset 1

lpb $0
  add $1,2
  mul $2,9
  mov $3,$1
  div $3,3
  add $2,$3
  mod $1,3
  sub $0,1
  add $2,1
lpe
mov $0,$2
