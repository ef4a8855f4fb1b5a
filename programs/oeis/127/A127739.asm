; A127739: Triangle read by rows, in which row n contains the triangular number T(n) = A000217(n) repeated n times; smallest triangular number greater than or equal to n.
; 1,3,3,6,6,6,10,10,10,10,15,15,15,15,15,21,21,21,21,21,21,28,28,28,28,28,28,28,36,36,36,36,36,36,36,36,45,45,45,45,45,45,45,45,45,55,55,55,55,55,55,55,55,55,55,66,66,66,66,66,66,66,66,66,66,66,78,78,78,78,78,78,78,78,78,78,78,78,91,91

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-2
mov $3,$0
sub $0,1
lpb $0
  sub $0,1
  add $0,$2
  sub $2,1
lpe
add $0,$2
mul $0,-2
add $0,-2
lpb $3
  sub $3,1
  sub $0,-1
  mul $0,6
  sub $0,-10
  div $0,6
lpe
sub $0,-3
sub $0,5
div $0,2
add $0,2
