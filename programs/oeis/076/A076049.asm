; A076049: Numbers k such that the sum of the k-th triangular number and (k+2)-nd triangular number is a triangular number.
; 0,3,8,25,54,153,322,899,1884,5247,10988,30589,64050,178293,373318,1039175,2175864,6056763,12681872,35301409,73915374,205751697,430810378,1199208779,2510946900,6989500983,14634871028,40737797125

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
gcd $2,$1
lpb $1
  sub $1,1
  sub $2,$3
  trn $3,$2
  trn $3,$2
  sub $2,$3
  add $3,1
  sub $2,1
lpe
sub $2,$3
mov $0,$2
mul $0,-2
add $0,1
sub $0,3
div $0,2
