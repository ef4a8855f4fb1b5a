; A277433: Martin Gardner's minimal no-3-in-a-line problem, all slopes version.
; 1,4,4,4,6,6,8,8,8,8

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,2
mov $3,$0
pow $0,0
lpb $3
  add $0,2
  div $3,$0
lpe
add $0,2
add $0,1
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
