; A352669: Maximum number of induced cycles in an n-node graph.
; Formula: a(n) = truncate((binomial(0-(n-2),3)-binomial(n+2,14)-binomial(n+2,14)-binomial(n+2,14)-binomial(n+2,14)-binomial(n+2,14))/-1)
; 0,0,1,4,10,20,35,56,84,120,165,225

#offset 1

sub $0,2
sub $1,$0
bin $1,3
add $0,4
bin $0,14
sub $1,$0
sub $1,$0
sub $1,$0
sub $1,$0
sub $1,$0
mov $0,$1
div $0,-1
