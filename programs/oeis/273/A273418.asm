; A273418: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 705", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = b(max(n-1,0))^2+3*(n-1==0)-8, b(n) = 2*b(n-1)+1, b(0) = 3
; 1,4,41,217,953,3961,16121,65017,261113,1046521,4190201,16769017,67092473,268402681,1073676281,4294836217

sub $0,1
mov $1,$0
mov $2,$0
mov $0,3
lpb $2
  sub $2,1
  mul $0,2
  add $0,1
lpe
pow $0,2
equ $1,0
mul $1,3
add $0,$1
sub $0,8
