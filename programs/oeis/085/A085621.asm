; A085621: Mean prime gaps that do not occur in A049036.
; Formula: a(n) = truncate((lodadgs(lodamod(n-3,4),3)+(n-3))/2)+(n-3)+5
; 1,3,5,7,9,10,11,13,15,16,17,19

#offset 1

sub $0,3
mov $1,$0
mod $0,4
dgs $0,3
add $0,$1
div $0,2
add $0,$1
add $0,5
