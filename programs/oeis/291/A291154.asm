; A291154: Red numbers on the roulette wheel.
; Formula: a(n) = truncate((9*truncate((10*n-6)/9)+4)/5)+1
; 1,3,5,7,9,12,14,16,18,19,21,23,25,27,30,32,34,36

#offset 1

mul $0,10
sub $0,6
div $0,9
mul $0,9
add $0,4
div $0,5
add $0,1
