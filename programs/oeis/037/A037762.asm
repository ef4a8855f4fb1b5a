; A037762: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 3,0,1,2.
; Formula: a(n) = c(n), b(n) = lodamod(b(n-1)+11,4)-2, c(n) = 8*c(n-1)+lodamod(b(n-1)+11,4), b(0) = 0, c(0) = 0
; 3,24,193,1546,12371,98968,791745,6333962,50671699,405373592,3242988737,25943909898,207551279187,1660410233496,13283281867969,106266254943754,850130039550035,6801040316400280

#offset 1

lpb $0
  add $1,11
  mul $2,8
  mod $1,4
  sub $0,1
  add $2,$1
  sub $1,2
lpe
mov $0,$2
