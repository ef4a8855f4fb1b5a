; A271017: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 251", based on the 5-celled von Neumann neighborhood.
; 1,5,41,185,761,3065,12281,49145,196601,786425,3145721,12582905,50331641,201326585,805306361,3221225465

sub $0,1
add $0,2
sub $0,1
add $0,$0
sub $1,4
add $2,$1
lpb $0
  mov $2,1
  sub $0,1
  add $2,$1
  add $1,$2
lpe
mov $0,$2
sub $0,-4
mul $0,-2
add $0,1
