; A269712: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 20", based on the 5-celled von Neumann neighborhood.
; 1,4,12,28,60,124,252,508,1020,2044,4092,8188,16380,32764,65532,131068

add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $3,1
  add $1,$1
  add $1,-4
lpe
mov $3,$1
mov $0,$3
mul $0,1740
add $0,3468
div $0,-1740
add $0,2
