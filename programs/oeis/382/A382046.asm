; A382046: Connected domination number of the n-Lucas cube graph.
; Formula: a(n) = truncate(binomial(0-(max(n-2,0)+5),4)/68)
; 1,1,1,3,4,7,10,14,20

#offset 1

sub $0,2
max $0,0
add $0,5
sub $1,$0
bin $1,4
mov $0,$1
div $0,68
