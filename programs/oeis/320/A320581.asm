; A320581: a(n) is the number of closed factors of length n in the Fibonacci word.
; Formula: a(n) = n-1+truncate((12-(n-1))/4)+truncate((12-(n-1))/4)-4
; 2,1,2,3,4,3,4,5,6,5,6,7,8,9,10

#offset 1

sub $0,1
mov $1,12
sub $1,$0
div $1,4
add $0,$1
add $0,$1
sub $0,4
