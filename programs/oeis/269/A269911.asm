; A269911: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 3", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = 4*max(A020522(n)-1,0)+1
; 1,5,45,221,957,3965,16125,65021,261117,1046525,4190205,16769021,67092477,268402685,1073676285,4294836221

seq $0,20522
trn $0,1
mul $0,4
add $0,1
