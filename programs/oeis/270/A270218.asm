; A270218: Number of active (ON, black) cells at stage 2^n-1 of the two-dimensional cellular automaton defined by "Rule 129", based on the 5-celled von Neumann neighborhood.
; Formula: a(n) = truncate(8*binomial(A000079(n+1)-1,2)/6)+(n==0)
; 1,4,28,140,620,2604,10668,43180,173740,697004,2792108,11176620,44722860,178924204,715762348,2863180460

mov $1,$0
add $0,1
seq $0,79
sub $0,1
bin $0,2
mul $0,8
div $0,6
equ $1,0
add $0,$1
