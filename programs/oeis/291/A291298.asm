; A291298: Connected domination number of Fibonacci cube Gamma_n.
; Formula: a(n) = min(max(n-2,0)-3,2)+lodapow(2,max(n-2,0)-3)+4
; 1,1,2,3,5,7,10,14,22

#offset 1

sub $0,2
max $0,0
sub $0,3
mov $1,2
pow $1,$0
min $0,2
add $0,$1
add $0,4
