; A394083: Genus of the n-cycle complement graph.
; Formula: a(n) = truncate((n-4)/3)+truncate(binomial(0-(n-6),2)/9)
; 0,0,0,0,1,1,1,3,3,4,6,7

#offset 3

sub $0,6
sub $1,$0
add $0,2
bin $1,2
div $0,3
div $1,9
add $0,$1
