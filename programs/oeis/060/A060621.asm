; A060621: Number of flips between the d-dimensional tilings of the unary zonotope Z(D,d). Here the codimension D-d is equal to 3 and d varies.
; 12,36,100,264,672,1664,4032,9600,22528,52224

sub $0,1
sub $0,-1
sub $0,-1
add $0,5
mov $1,$0
bin $0,2
sub $0,-1
lpb $1
  sub $0,2
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,12
div $0,4
sub $0,48
div $0,4
add $0,12
