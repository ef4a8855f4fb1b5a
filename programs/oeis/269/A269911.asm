; A269911: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 3", based on the 5-celled von Neumann neighborhood.
; 1,5,45,221,957,3965,16125,65021,261117,1046525,4190205,16769021,67092477,268402685,1073676285,4294836221

mov $3,$0
sub $0,1
add $1,5
lpb $0
  sub $0,1
  add $2,$1
  mul $2,4
  add $1,$1
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
