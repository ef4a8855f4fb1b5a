; A273407: First differences of number of active (ON, black) cells in n-th stage of growth of two-dimensional cellular automaton defined by "Rule 673", based on the 5-celled von Neumann neighborhood.
; 3,17,23,33,39,49,55,65,71,81,87,97,103,113,119,129,135,145,151,161,167,177,183,193,199,209,215,225,231,241,247,257,263,273,279,289,295,305,311,321,327,337,343,353,359,369,375,385,391,401,407,417,423,433,439,449,455,465,471,481,487,497,503,513,519,529,535,545,551,561,567,577,583,593,599,609,615,625,631,641

mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,3
lpe
div $0,-1
add $0,1
sub $0,2
div $0,2
mul $0,2
sub $0,13
sub $2,$0
mov $0,$2
sub $0,15
mov $5,$4
equ $5,0
mul $5,-7
add $0,$5
sub $0,-1
mul $0,12
add $0,16
sub $0,-8
div $0,6
add $0,3
