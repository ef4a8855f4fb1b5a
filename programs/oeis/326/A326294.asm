; A326294: Number of connected simple graphs on a subset of {1..n} with no crossing or nesting edges.
; Formula: a(n) = c(n)+1, b(n) = 4*(b(n-1)-1), c(n) = c(n-1)+d(n-1), d(n) = d(n-1)-(b(n-1)-1), b(0) = 0, c(0) = 0, d(0) = 0
; 1,1,2,8,35,147,600,2418

lpb $0
  sub $1,1
  add $2,$3
  sub $3,$1
  mul $1,4
  sub $0,1
lpe
mov $0,$2
add $0,1
