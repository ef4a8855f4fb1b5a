; A273385: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 659", based on the 5-celled von Neumann neighborhood.
; 1,5,49,225,961,3969,16129,65025,261121,1046529,4190209,16769025,67092481,268402689,1073676289,4294836225

sub $0,1
add $0,1
mov $3,$0
add $1,5
lpb $0
  sub $0,1
  mul $2,4
  add $2,$1
  add $1,$1
lpe
mov $0,$2
mul $0,2
div $0,5
lpb $3
  mov $3,1
  mul $0,4
  add $0,3
  mul $0,2
  div $0,4
lpe
sub $0,5
div $0,2
add $0,4
sub $0,4
mul $0,2
add $0,5
sub $0,1
mul $0,2
add $0,1
