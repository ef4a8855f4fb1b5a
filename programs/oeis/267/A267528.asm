; A267528: Number of ON (black) cells in the n-th iteration of the "Rule 141" elementary cellular automaton starting with a single ON (black) cell.
; 1,1,2,3,5,6,8,9,11,12,14,15,17,18,20,21,23,24,26,27,29,30,32,33,35,36,38,39,41,42,44,45,47,48,50,51,53,54,56,57,59,60,62,63,65,66,68,69,71,72,74,75,77,78,80,81,83,84,86,87,89,90,92,93,95,96,98,99,101,102,104,105,107,108,110,111,113,114,116,117

sub $0,1
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,3
sub $0,-2
add $0,1
sub $0,-1
div $0,4
add $0,1
