; A185049: Last term in the continued fraction for floor(Fibonacci(n)*(1+sqrt(5))/2) / Fibonacci(n).
; 1,1,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3

#offset 1

sub $0,1
sub $0,1
max $0,0
mov $1,$0
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
pow $0,2
add $0,$0
sub $0,-155
div $0,-8
mod $0,2
add $0,2
sub $0,1
sub $0,-1
add $0,1
mov $2,$1
equ $2,0
mul $2,-1
add $0,$2
