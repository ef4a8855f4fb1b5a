; A037728: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 2,0,3,1.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))-1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 9*d(n-1)+1+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 1, d(0) = 0
; 2,18,165,1486,13376,120384,1083459,9751132,87760190,789841710,7108575393,63977178538,575794606844,5182151461596,46639363154367,419754268389304,3777788415503738

#offset 1

mov $1,$0
mov $0,1
lpb $1
  add $2,$0
  gcd $0,$0
  sub $0,1
  mul $3,9
  sub $0,$2
  add $3,1
  sub $1,1
  add $3,$2
  sub $0,$2
lpe
mov $0,$3
