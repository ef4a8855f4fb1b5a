; A291299: Partial domination number of Fibonacci cube Gamma_n.
; Formula: a(n) = 2*sqrtnint(5*lodapow(n+3,n-1),9)
; 2,2,2,4,6,8,10,14,20,30

#offset 1

sub $0,1
mov $1,$0
add $0,4
pow $0,$1
mul $0,5
nrt $0,9
mul $0,2
