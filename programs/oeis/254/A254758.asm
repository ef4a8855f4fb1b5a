; A254758: Part of the positive proper solutions x of the Pell equation x^2 - 2*y^2 = - 7^2 based on the fundamental solution (x0, y0)= (1, 5).
; Formula: a(n) = c(n), b(n) = b(n-1)+c(n-1)+c(n-1), c(n) = c(n-1)+(b(n-1)+c(n-1)+c(n-1))+(b(n-1)+c(n-1)+c(n-1)), b(0) = 9, c(0) = 1
; 1,23,137,799,4657,27143,158201,922063,5374177,31322999,182563817,1064059903,6201795601,36146713703,210678486617,1227924205999,7156866749377,41713276290263,243122790992201,1417023469662943

mov $1,$0
mov $0,1
mov $2,9
lpb $1
  sub $1,1
  add $2,$0
  add $2,$0
  add $0,$2
  add $0,$2
lpe
