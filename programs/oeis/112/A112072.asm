; A112072: Odd numbers n for which 3 is the smallest i (>= 1) with Jacobi symbol J(i,n) getting either a value 0 or -1.
; 7,9,15,17,31,33,39,41,55,57,63,65,79,81,87,89,103,105,111,113,127,129,135,137,151,153,159,161,175,177,183,185,199,201,207,209,223,225,231,233,247,249,255,257,271,273,279,281,295,297,303,305,319,321,327

#offset 1

sub $0,1
sub $0,1
add $0,1
add $0,1
sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,2
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $2
  sub $0,-1
  sub $2,2
  add $3,$0
  add $3,$2
  add $0,3
lpe
gcd $3,2
add $0,$3
mul $0,2
div $0,2
mul $0,11
lpb $3
  sub $3,1
  add $0,11
lpe
sub $0,11
div $0,11
sub $0,1
mov $5,$4
equ $5,0
div $5,-1
add $0,$5
add $0,1
sub $0,3
mul $0,2
add $0,7
