; A037500: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,2.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%3+1, c(n) = 7*c(n-1)+(b(n-1)+1)%3, b(0) = 0, c(0) = 0
; 1,7,51,358,2506,17544,122809,859663,6017643,42123502,294864514,2064051600,14448361201,101138528407,707969698851,4955787891958,34690515243706,242833606705944,1699835246941609

#offset 1

lpb $0
  add $1,1
  mul $2,7
  mod $1,3
  sub $0,1
  add $2,$1
  add $1,1
lpe
mov $0,$2
