; A092596: Natural numbers n for which sum of decimal digits is greater than n/2.
; Formula: a(n) = n-1+9*truncate((n-1)/9)+1
; 1,2,3,4,5,6,7,8,9,19

#offset 1

sub $0,1
mov $1,$0
div $1,9
mul $1,9
add $0,$1
add $0,1
