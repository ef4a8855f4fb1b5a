; A018283: Divisors of 100.
; Formula: a(n) = A178784(n)+1
; 1,2,4,5,10,20,25,50,100

#offset 1

seq $0,178784
add $0,1
