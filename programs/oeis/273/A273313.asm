; A273313: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 643", based on the 5-celled von Neumann neighborhood.
; 1,5,41,217,953,3961,16121,65017,261113,1046521,4190201,16769017,67092473,268402681,1073676281,4294836217

mov $3,$0
sub $0,1
add $1,5
lpb $0
  sub $0,1
  add $2,$1
  mul $2,4
  add $1,$1
  mov $3,$0
lpe
add $2,$1
mov $0,$2
sub $0,5
div $0,5
mul $0,4
add $0,3
mov $4,$3
equ $4,0
mul $4,-2
add $0,$4
sub $0,1
mul $0,2
add $0,1
