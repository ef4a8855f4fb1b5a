; A269110: Numbers of unit circles packed in a triangle of smallest area admitting an equilateral triangle solution.
; 1,3,5,6,9,10,14,15,20,21

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,3
mov $3,$0
div $3,2
lpb $3
  sub $3,1
  add $0,$3
lpe
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
