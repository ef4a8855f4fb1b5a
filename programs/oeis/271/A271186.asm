; A271186: Odd integers k such that k^k + 1 is the sum of 2 nonzero squares.
; Formula: a(n) = 8*(3*(n-1)+truncate((12-3*(n-1))/4)+truncate((12-3*(n-1))/4))-47
; 1,9,17,25,49,73,81,89,97,121

#offset 1

sub $0,1
mul $0,3
mov $1,12
sub $1,$0
div $1,4
add $0,$1
add $0,$1
mul $0,8
sub $0,47
