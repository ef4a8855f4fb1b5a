; A271055: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 259", based on the 5-celled von Neumann neighborhood.
; 1,5,36,212,948,3956,16116,65012,261108,1046516,4190196,16769012,67092468,268402676,1073676276,4294836212

mov $1,$0
sub $0,1
max $0,0
mov $2,$0
mov $3,$0
mov $0,3
lpb $3
  sub $3,1
  mov $1,0
  mul $0,2
  add $0,1
lpe
pow $0,2
equ $2,0
mul $2,5
add $0,$2
sub $0,9
equ $1,0
mul $1,-4
add $0,$1
