; A273313: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 643", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = 4*max(2^n,2^n*(2^n-1)-1)-3
; 1,5,41,217,953,3961,16121,65017,261113,1046521,4190201,16769017,67092473,268402681,1073676281,4294836217

mov $1,2
pow $1,$0
mov $0,$1
fac $1,-2
sub $1,1
max $0,$1
mul $0,4
sub $0,3
