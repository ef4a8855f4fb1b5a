; A270222: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 131", based on the 5-celled von Neumann neighborhood.
; 1,5,33,161,705,2945,12033,48641,195585,784385,3141633,12574721,50315265,201293825,805240833,3221094401

sub $0,1
mov $2,1
sub $1,2
add $0,1
lpb $0
  add $2,$3
  add $2,$3
  sub $0,1
  add $2,$3
  sub $1,$3
  mov $3,$2
  add $2,$1
  add $1,-2
  add $1,$2
  sub $2,$1
  add $2,$3
lpe
mov $0,$3
mul $0,4
add $0,1
