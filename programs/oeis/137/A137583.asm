; A137583: Number of elements in the n-th period of the Janet periodic table of elements.
; 2,2,8,8,18,18,32,32

#offset 1

sub $0,1
sub $0,1
add $0,2
sub $0,1
add $0,1
mov $3,2
sub $0,2
mov $2,$0
add $0,1
lpb $2
  sub $2,1
  sub $2,1
lpe
add $3,$2
add $3,$0
add $3,$2
mul $0,$3
div $0,4
add $0,1
sub $0,1
mul $0,2
add $0,1
sub $0,1
add $0,2
