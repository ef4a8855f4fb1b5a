; A006619: Zarankiewicz's problem.
; Formula: a(n) = truncate(A027690(n+4)/3)-7
; 8,13,18,24,31,38,46,55

#offset 2

add $0,4
seq $0,27690
div $0,3
sub $0,7
