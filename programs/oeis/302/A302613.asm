; A302613: Total domination number of the n-folded cube graph.
; Formula: a(n) = 2*truncate((max((n-3)*(n-2)+1,lodapow(2,n-3))-1)/4)+2
; 2,2,2,4,8,12,16,32,64

#offset 2

sub $0,3
mov $1,2
pow $1,$0
fac $0,2
add $0,1
max $0,$1
sub $0,1
div $0,4
mul $0,2
add $0,2
