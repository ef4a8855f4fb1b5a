; A037575: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 2,1,2.
; Formula: a(n) = c(n), b(n) = gcd(b(n-1),2)+c(n-1)+1, c(n) = 9*c(n-1)+(gcd(b(n-1),2)+c(n-1)), b(0) = 0, c(0) = 0
; 2,21,212,2122,21221,212212,2122122,21221221,212212212,2122122122,21221221221,212212212212,2122122122122,21221221221221,212212212212212,2122122122122122

#offset 1

lpb $0
  sub $0,1
  gcd $1,2
  add $1,$2
  mul $2,9
  add $2,$1
  add $1,1
lpe
mov $0,$2
