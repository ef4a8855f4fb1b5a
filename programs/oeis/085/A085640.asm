; A085640: Resultant of the polynomial x^3-1 and the Chebyshev polynomial of the first kind T_n(x).
; Formula: a(n) = truncate(c(n)/3), b(n) = b(n-1)+d(n-1)+d(n-1)+d(n-1), c(n) = c(n-1)-e(n-1), d(n) = d(n-1)+(c(n-1)-e(n-1))+(c(n-1)-e(n-1)), e(n) = e(n-1)-(b(n-1)+d(n-1)+d(n-1)+d(n-1))-(b(n-1)+d(n-1)+d(n-1)+d(n-1)), b(0) = 0, c(0) = 3, d(0) = 3, e(0) = 0
; 1,7,37,193,1021,5383,28393,149761,789913,4166407,21975757,115911361,611375701,3224707591,17008754257,89712854017,473191396273,2495853018631,13164403113973,69435783298753,366239772557101

#offset 1

mov $1,3
mov $2,3
lpb $0
  add $3,$2
  add $3,$2
  sub $1,$4
  add $3,$2
  sub $0,1
  add $2,$1
  sub $4,$3
  add $2,$1
  sub $4,$3
lpe
mov $0,$1
div $0,3
