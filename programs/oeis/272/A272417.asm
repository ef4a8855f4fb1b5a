; A272417: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 469", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = c(n), b(n) = 2*(b(n-1)+4), c(n) = 4*c(n-1)+(b(n-1)+4), b(0) = 0, c(0) = 1
; 1,8,44,204,876,3628,14764,59564,239276,959148,3840684,15370924,61500076,246033068,984197804,3936922284

mov $1,1
lpb $0
  add $2,4
  mul $1,4
  add $1,$2
  mul $2,2
  sub $0,1
lpe
mov $0,$1
