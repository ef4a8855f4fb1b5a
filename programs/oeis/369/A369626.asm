; A369626: a(n) is the number of permutations of [n] which avoid the patterns 1234, 1324, and 2413.
; Formula: a(n) = d(max(n-1,0))+1, b(n) = 4*(b(n-1)-c(n-1)), c(n) = c(n-1)+d(n-1), d(n) = d(n-1)+(b(n-1)-c(n-1)), b(0) = 1, c(0) = 0, d(0) = 0
; 1,1,2,6,21,75,265,925,3201,11017,37793,129393,442497,1512225,5165953,17643457,60250113,205729921,702452225,2398414593,8188884993

sub $0,1
mov $1,1
lpb $0
  sub $1,$2
  add $2,$3
  sub $0,1
  add $3,$1
  mul $1,4
lpe
mov $0,$3
add $0,1
