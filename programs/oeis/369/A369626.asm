; A369626: a(n) is the number of permutations of [n] which avoid the patterns 1234, 1324, and 2413.
; 1,1,2,6,21,75,265,925,3201,11017,37793,129393,442497,1512225,5165953,17643457,60250113,205729921,702452225,2398414593,8188884993

sub $0,2
add $0,1
add $2,-1
lpb $0
  add $2,$2
  sub $0,1
  add $2,$2
  add $2,$3
  add $1,$2
  div $1,-1
  sub $2,$1
  add $1,$2
  sub $3,$2
  add $1,$2
  div $1,-1
lpe
mov $0,$1
sub $0,12
div $0,12
add $0,1
add $0,1
