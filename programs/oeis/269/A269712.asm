; A269712: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 20", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = max(A171497(n)-5,0)+1
; 1,4,12,28,60,124,252,508,1020,2044,4092,8188,16380,32764,65532,131068

seq $0,171497
trn $0,5
add $0,1
