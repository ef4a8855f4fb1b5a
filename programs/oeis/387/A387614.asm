; A387614: The Pythagoras number of the maximal order of the field Q(sqrt(D)), where D = A005117(n) is the n-th squarefree number.
; 4,3,3,3,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
lpb $0
  mov $0,3
lpe
add $0,1
mul $0,-1
div $0,2
sub $0,-1
mul $0,-1
add $0,4
mov $3,$2
equ $3,0
add $0,$3
