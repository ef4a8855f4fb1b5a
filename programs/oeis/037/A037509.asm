; A037509: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3, c(n) = 8*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,10,80,641,5130,41040,328321,2626570,21012560,168100481,1344803850,10758430800,86067446401,688539571210,5508316569680,44066532557441,352532260459530,2820258083676240

#offset 1

lpb $0
  add $1,1
  mul $2,8
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
