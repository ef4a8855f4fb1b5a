; A060621: Number of flips between the d-dimensional tilings of the unary zonotope Z(D,d). Here the codimension D-d is equal to 3 and d varies.
; 12,36,100,264,672,1664,4032,9600,22528,52224

sub $0,3
add $0,7
sub $0,1
mov $4,$0
sub $0,1
lpb $0
  sub $0,1
  add $1,4
  lpb $4
    sub $4,1
    add $1,2
    add $2,$1
  lpe
  mul $2,2
lpe
mov $0,$2
div $0,2
add $0,1
mul $0,2
add $0,2
sub $0,98
div $0,8
add $0,12
