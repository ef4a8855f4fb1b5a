; A369431: a(n) is the number of permutations of [n] which avoid the patterns 1234, 1324, 1342, and 2413.
; 1,1,2,6,20,66,214,688,2206,7070,22660,72634,232830,746352,2392486,7669286,24584436,78807122,252621702,809796400,2595858574

sub $0,1
sub $0,1
add $2,-1
add $0,1
lpb $0
  add $2,$2
  sub $1,2
  add $1,$1
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  sub $2,$1
  add $1,$2
  sub $3,$2
  div $1,-2
  add $1,$2
  add $2,-1
  sub $2,$1
  add $2,-1
  div $1,-1
lpe
mov $0,$3
div $0,-4
add $0,1
