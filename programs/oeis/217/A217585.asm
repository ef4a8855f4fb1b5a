; A217585: Number of triangles with endpoints of the form (x,x^2), x in {-n,...,n}, having at least one angle of 45 degrees.
; 0,1,5,11,15,19,23,27,31,35,39,43,47,51,55,59,63,67,71,75,79,83,87,91,95,99,103,107,111,115,119,123,127,131,135,139,143,147,151,155,159,163,167,171,175,179,183,187,191,195,199,203,207,211,215,219,223,227,231,235,239,243,247

mov $3,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
add $0,$0
sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $1,$0
lpb $1
  fac $1,0
  sub $2,2
  sub $0,-1
  add $1,$2
  add $1,1
lpe
add $0,1
sub $0,1
mul $0,2
add $0,5
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
