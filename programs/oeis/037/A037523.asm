; A037523: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 2,1,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+2)%3, c(n) = 6*c(n-1)+(b(n-1)+2)%3, b(0) = 0, c(0) = 0
; 2,13,78,470,2821,16926,101558,609349,3656094,21936566,131619397,789716382,4738298294,28429789765,170578738590,1023472431542,6140834589253,36845007535518,221070045213110,1326420271278661

#offset 1

lpb $0
  add $1,2
  mul $2,6
  mod $1,3
  sub $0,1
  add $2,$1
lpe
mov $0,$2
