; A037781: Base 6 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,2,0.
; Formula: a(n) = d(n), b(n) = b(n-1)+c(n-1), c(n) = gcd(c(n-1),c(n-1))+1-(b(n-1)+c(n-1))-(b(n-1)+c(n-1)), d(n) = 6*d(n-1)+(b(n-1)+c(n-1)), b(0) = 0, c(0) = 3, d(0) = 0
; 3,19,116,696,4179,25075,150452,902712,5416275,32497651,194985908,1169915448,7019492691,42116956147,252701736884,1516210421304,9097262527827,54583575166963,327501451001780,1965008706010680

#offset 1

mov $1,$0
mov $0,3
lpb $1
  add $2,$0
  gcd $0,$0
  add $0,1
  mul $3,6
  sub $0,$2
  sub $0,$2
  sub $1,1
  add $3,$2
lpe
mov $0,$3
