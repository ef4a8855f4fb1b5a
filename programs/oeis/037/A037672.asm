; A037672: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 3,2,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+20),4), c(n) = 9*c(n-1)+lodamod(A105062(b(n-1)+20),4), b(0) = 0, c(0) = 0
; 3,29,261,2352,21170,190530,1714773,15432959,138896631,1250069682,11250627140,101255644260,911300798343,8201707185089,73815364665801,664338281992212,5979044537929910

#offset 1

lpb $0
  add $1,20
  mul $2,9
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
