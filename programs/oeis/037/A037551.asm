; A037551: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 1,2,2.
; Formula: a(n) = b(n), b(n) = 5*b(n-1)+(c(n-1)%2+5*b(n-1)+1), c(n) = c(n-1)%2+5*b(n-1)+1, b(0) = 0, c(0) = 0
; 1,12,122,1221,12212,122122,1221221,12212212,122122122,1221221221,12212212212,122122122122,1221221221221,12212212212212,122122122122122,1221221221221221

#offset 1

lpb $0
  mul $1,5
  mod $2,2
  add $2,$1
  sub $0,1
  add $2,1
  add $1,$2
lpe
mov $0,$1
