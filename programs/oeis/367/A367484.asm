; A367484: Number of integers of the form (x^4 + y^4) mod 3^n; a(n) = A289559(3^n).
; Formula: a(n) = 2*truncate((truncate(12*A116973(n)/20)+8)/6)-1
; 1,3,7,19,55,165,493,1477,4429,13287,39859,119575,358723,1076169,3228505,9685513,29056537

seq $0,116973
mul $0,12
div $0,20
add $0,8
div $0,6
mul $0,2
sub $0,1
