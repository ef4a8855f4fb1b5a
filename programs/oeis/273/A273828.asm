; A273828: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 950", based on the 5-celled von Neumann neighborhood.
; 1,5,25,109,477,1981,8061,32509,130557,523261,2095101,8384509,33546237,134201341,536838141,2147418109

add $0,1
add $3,1
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
sub $0,1
mul $0,$0
div $0,4
mul $0,6
div $0,12
mul $0,7
sub $0,43
div $0,7
add $0,6
mul $0,4
add $0,1
