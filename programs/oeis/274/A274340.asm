; A274340: The period 4 sequence of the iterated sum of deficient divisors function (A187793) starting at 19.
; Formula: a(n) = truncate((lodamod(n-1,4)+3)/2)*lodafac(1,lodamod(n-1,4))+18
; 19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36,19,20,22,36

#offset 1

sub $0,1
mov $1,1
mod $0,4
fac $1,$0
add $0,3
div $0,2
mul $0,$1
add $0,18
