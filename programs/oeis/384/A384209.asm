; A384209: Maximum period for Game of Life on a simple graph with n vertices.
; Formula: a(n) = truncate((binomial(n-1,4)-truncate((0-(n-1))/2)-truncate((0-(n-1))/2))/3)+1
; 1,1,1,1,2,4,8,14,27

#offset 1

sub $0,1
sub $1,$0
div $1,2
bin $0,4
sub $0,$1
sub $0,$1
div $0,3
add $0,1
