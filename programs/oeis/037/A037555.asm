; A037555: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,1.
; Formula: a(n) = c(n), b(n) = lodadif(gcd(b(n-1),2)+c(n-1),5*c(n-1)+(gcd(b(n-1),2)+c(n-1))), c(n) = 5*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 0
; 2,13,79,476,2857,17143,102860,617161,3702967,22217804,133306825,799840951,4799045708,28794274249,172765645495,1036593872972,6219563237833,37317379426999,223904276561996,1343425659371977

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  add $1,$2
  mul $2,5
  add $2,$1
  dif $1,$2
lpe
mov $0,$2
