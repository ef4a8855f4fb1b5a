; A185049: Last term in the continued fraction for floor(Fibonacci(n)*(1+sqrt(5))/2) / Fibonacci(n).
; 1,1,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3,2,2,2,3

#offset 1

sub $0,1
sub $0,1
max $0,0
sub $0,1
mod $0,4
mod $0,3
mod $0,2
mul $0,9
div $0,9
mul $0,4
add $0,1
sub $0,-3
div $0,4
add $0,1
