; A272762: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 822", based on the 5-celled von Neumann neighborhood.
; 1,5,25,105,417,1657,6689,27353,112513,462969,1899873,7766041,31617089,128250041,518623777,2091988569

mov $1,1
lpb $0
  mul $2,2
  add $2,$3
  add $2,$0
  mul $3,3
  sub $0,1
  add $3,$1
  mul $1,4
lpe
mov $0,$2
mul $0,4
add $0,1
