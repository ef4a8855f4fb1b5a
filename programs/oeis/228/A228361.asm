; A228361: The number of all possible covers of L-length line segment by 2-length line segments with allowed gaps < 2.
; 0,0,1,2,2,3,4,5,7,9,12,16,21,28,37,49,65,86,114,151,200,265,351,465,616,816,1081,1432,1897,2513,3329,4410,5842,7739,10252,13581,17991,23833,31572,41824,55405,73396,97229,128801,170625,226030,299426,396655,525456

sub $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  min $1,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  add $1,$3
  add $2,-1
  sub $3,$2
  add $2,$3
  add $2,$3
lpe
mov $0,$2
div $0,-1
