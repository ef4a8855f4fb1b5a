; A383387: Maximum number of steps needed to reach a reachable directed graph by n agents using the LNS protocol (see A307085).
; Formula: a(n) = floor(n/3)+binomial(n,2)-floor(binomial(n,2)/2)
; 0,1,3,4,6,10,13,16

#offset 1

mov $1,$0
div $1,3
bin $0,2
add $1,$0
div $0,2
sub $1,$0
mov $0,$1
