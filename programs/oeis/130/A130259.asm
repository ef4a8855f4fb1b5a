; A130259: Maximal index k of an even Fibonacci number (A001906) such that A001906(k) = Fib(2k) <= n (the 'lower' even Fibonacci Inverse).
; 0,1,1,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5

mul $0,6
add $0,5
mul $0,$0
mul $0,$0
mul $0,80
div $0,80
log $0,48
mul $0,243
add $0,1296
sub $0,2997
div $0,243
mul $0,768
add $0,10000
sub $0,5392
div $0,768
