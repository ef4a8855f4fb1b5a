; A345021: a(n) is the result of replacing 2's by 0's in the hereditary base-2 expansion of n.
; Formula: a(n) = truncate((gcd(floor(n/4),2)-n%2-2)/-1)
; 0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2,0,1,0,1,1,2,1,2

mov $1,$0
div $1,4
mod $0,2
gcd $1,2
sub $1,$0
mov $0,$1
sub $0,2
div $0,-1
