; A271520: Domination number of the n-folded cube graph.
; Formula: a(n) = truncate((max((n-2)*(n-1)+1,lodapow(2,n-2))-1)/4)+1
; 1,1,2,4,6,8,16,32

#offset 2

sub $0,2
mov $1,2
pow $1,$0
fac $0,2
add $0,1
max $0,$1
sub $0,1
div $0,4
add $0,1
