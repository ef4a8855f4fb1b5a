; A291171: Black numbers on the roulette wheel.
; Formula: a(n) = truncate((9*truncate(10*(n-1)/9)+4)/5)+2
; 2,4,6,8,10,11,13,15,17,20,22,24,26,28,29,31,33,35

#offset 1

sub $0,1
mul $0,10
div $0,9
mul $0,9
add $0,4
div $0,5
add $0,2
