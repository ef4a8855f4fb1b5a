; A273310: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 641", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = b(max(n-1,0))^2+4*(n-1==0)-(n-1-max(n-1,0))-9, b(n) = 2*b(n-1)+1, b(0) = 3
; 1,4,40,216,952,3960,16120,65016,261112,1046520,4190200,16769016,67092472,268402680,1073676280,4294836216

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
mul $1,4
add $0,$1
sub $0,$2
sub $0,9
