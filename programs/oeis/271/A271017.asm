; A271017: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 251", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = max(3*4^n-8,0)+1
; 1,5,41,185,761,3065,12281,49145,196601,786425,3145721,12582905,50331641,201326585,805306361,3221225465

mov $1,4
pow $1,$0
mov $0,$1
mul $0,3
trn $0,8
add $0,1
