; A326340: Number of maximal simple graphs with vertices {1..n} and no crossing or nesting edges.
; Formula: a(n) = c(max(n-3,0))+1, b(n) = b(n-1)+d(n-1), c(n) = c(n-1)+2+(b(n-1)+d(n-1)), d(n) = d(n-1)+(b(n-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 1
; 1,1,1,1,4,9,19,42

sub $0,3
mov $1,1
lpb $0
  add $2,$1
  add $3,2
  add $3,$2
  add $1,$2
  sub $0,1
lpe
mov $0,$3
add $0,1
