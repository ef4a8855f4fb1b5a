; A393289: Genus of the n-path complement graph.
; Formula: a(n) = truncate(((n-4)*(n-3)+3)/15)
; 0,0,0,0,0,0,1,1,2,3,3,5,6,7

#offset 1

sub $0,4
fac $0,2
add $0,3
div $0,15
