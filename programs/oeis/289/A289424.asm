; A289424: a(n) = length of longest circuit code K(n,3).
; Formula: a(n) = 2*truncate((2*(n+5)+binomial(n-2,3))/2)-10
; 0,4,6,8,10,16,24,36

#offset 1

sub $0,2
mov $1,$0
bin $1,3
add $0,7
mul $0,2
add $0,$1
div $0,2
mul $0,2
sub $0,10
