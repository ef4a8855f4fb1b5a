; A269907: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 1", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = max(4*max(A020522(n)-1,0),1)
; 1,4,44,220,956,3964,16124,65020,261116,1046524,4190204,16769020,67092476,268402684,1073676284,4294836220

seq $0,20522
trn $0,1
mul $0,4
max $0,1
