; A269712: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 20", based on the 5-celled von Neumann neighborhood.
; 1,4,12,28,60,124,252,508,1020,2044,4092,8188,16380,32764,65532,131068

sub $0,2
add $0,1
add $0,1
sub $0,-2
add $1,5
lpb $0
  sub $0,1
  add $2,$1
  add $1,$1
lpe
add $2,$1
add $2,$1
mov $0,$2
div $0,5
mul $0,4
div $0,12
add $0,1
mul $0,12
sub $0,53
div $0,12
add $0,3
sub $0,3
add $0,1
