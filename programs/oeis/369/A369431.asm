; A369431: a(n) is the number of permutations of [n] which avoid the patterns 1234, 1324, 1342, and 2413.
; Formula: a(n) = c(max(n-1,0)), b(n) = b(n-1)+c(n-1), c(n) = 2*c(n-1)+d(n-1), d(n) = 2*d(n-1)+(b(n-1)+c(n-1)), b(0) = 1, c(0) = 1, d(0) = 0
; 1,1,2,6,20,66,214,688,2206,7070,22660,72634,232830,746352,2392486,7669286,24584436,78807122,252621702,809796400,2595858574

bin $2,0
sub $0,1
mov $1,1
lpb $0
  add $2,$1
  mul $1,2
  add $1,$3
  mul $3,2
  add $3,$2
  sub $0,1
lpe
mov $0,$1
