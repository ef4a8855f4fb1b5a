; A273828: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 950", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = 4*truncate((27-lodafac(2^n-1,2))/-2)+53
; 1,5,25,109,477,1981,8061,32509,130557,523261,2095101,8384509,33546237,134201341,536838141,2147418109

mov $1,2
pow $1,$0
sub $1,1
mov $0,27
fac $1,2
sub $0,$1
div $0,-2
mul $0,4
add $0,53
