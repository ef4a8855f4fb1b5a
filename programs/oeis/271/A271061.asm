; A271061: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 261", based on the 5-celled von Neumann neighborhood.
; 1,8,48,224,960,3968,16128,65024,261120,1046528,4190208,16769024,67092480,268402688,1073676288,4294836224

add $0,1
add $3,1
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
sub $0,1
mul $0,$0
mul $0,4
sub $0,6
div $0,4
mul $0,6
div $0,3
div $0,2
add $0,1
