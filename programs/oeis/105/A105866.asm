; A105866: A generalized Chebyshev transform of the Fibonacci numbers.
; Formula: a(n) = truncate(e(n+2)/-4), b(n) = b(n-1)+e(n-1)-lodadif(d(n-1),-1), c(n) = 2*(c(n-1)-d(n-1)), d(n) = lodadif(d(n-1),-1)-2+(b(n-1)+e(n-1)-lodadif(d(n-1),-1)), e(n) = -2*e(n-1)-(c(n-1)-d(n-1))+lodadif(d(n-1),-1), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,1,1,6,9,33,62,185,393,1062,2409,6193,14542,36441,87129,215478,520073,1277441,3098334,7583481,18439977,45050950,109690537,267731409,652322286,1591394457,3878780921,9460182998,23062009545,56239784865

add $0,2
lpb $0
  sub $0,1
  add $1,$2
  sub $3,$4
  dif $4,-1
  mul $2,-2
  sub $2,$3
  sub $1,$4
  add $2,$4
  mul $3,2
  sub $4,2
  add $4,$1
lpe
mov $0,$2
div $0,-4
