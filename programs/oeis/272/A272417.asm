; A272417: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 469", based on the 5-celled von Neumann neighborhood.
; 1,8,44,204,876,3628,14764,59564,239276,959148,3840684,15370924,61500076,246033068,984197804,3936922284

add $1,6
lpb $0
  add $1,1
  add $1,$1
  add $1,$1
  sub $0,1
  add $2,$1
  add $2,$2
lpe
mov $0,$2
div $0,8
add $0,1
