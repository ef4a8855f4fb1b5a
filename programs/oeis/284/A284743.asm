; A284743: Positive numbers that are not the sum of (any number of) distinct perfect powers (A001597).
; Formula: a(n) = 2*truncate((n-1+max(n-1-3,0))/2)+(n-1+max(n-1-3,0))+2
; 2,3,6,7,11,15,19,23

#offset 1

sub $0,1
mov $1,$0
trn $1,3
add $0,$1
mov $1,$0
div $0,2
mul $0,2
add $0,$1
add $0,2
