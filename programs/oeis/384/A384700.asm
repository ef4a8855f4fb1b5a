; A384700: On a 2 X n grid of vertices, draw a circle through every unordered triple of non-collinear vertices: a(n) is the number of distinct circles created.
; 0,1,9,24,52,93,153,232,336,465,625,816,1044,1309,1617,1968,2368,2817,3321,3880,4500,5181,5929

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
add $2,1
sub $0,1
add $0,1
add $0,1
lpb $0
  sub $0,1
  add $2,$3
  div $3,-1
  add $4,$1
  sub $3,-3
  sub $3,-1
  sub $3,-2
  add $1,$2
lpe
mov $0,$4
