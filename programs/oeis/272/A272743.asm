; A272743: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 526", based on the 5-celled von Neumann neighborhood.
; 1,5,17,69,277,1109,4437,17749,70997,283989,1135957,4543829,18175317,72701269,290805077,1163220309

sub $0,1
sub $0,-1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  add $2,$2
  sub $1,1
  sub $2,$3
  gcd $3,$2
  sub $2,$3
  bin $3,$2
  sub $2,2
lpe
mov $0,$2
mul $0,-2
add $0,1
