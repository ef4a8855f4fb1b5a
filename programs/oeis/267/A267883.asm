; A267883: Number of OFF (white) cells in the n-th iteration of the "Rule 233" elementary cellular automaton starting with a single ON (black) cell.
; 0,3,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $3,$0
sub $0,1
max $0,0
sub $0,1
mov $2,$0
add $2,-2
lpb $2
  sub $2,1
lpe
mov $0,$2
sub $0,-2
mul $0,-1
add $0,2
mov $4,$3
equ $4,0
mul $4,-3
add $0,$4
