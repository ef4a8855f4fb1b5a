; A037589: Decimal expansion of a(n) is given by the first n terms of the periodic sequence with initial period 3,1.
; Formula: a(n) = c(n), b(n) = gcd(b(n-1),3)-1, c(n) = 10*c(n-1)+gcd(b(n-1),3), b(0) = 0, c(0) = 0
; 3,31,313,3131,31313,313131,3131313,31313131,313131313,3131313131,31313131313,313131313131,3131313131313,31313131313131,313131313131313,3131313131313131

#offset 1

lpb $0
  sub $0,1
  gcd $1,3
  mul $2,10
  add $2,$1
  sub $1,1
lpe
mov $0,$2
