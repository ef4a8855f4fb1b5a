; A024351: Primes forming a 3 X 3 magic square with prime entries and minimal constant 177 = A164843(3).
; Formula: a(n) = 6*floor(16*n/7)-7
; 5,17,29,47,59,71,89,101,113

#offset 1

mul $0,16
div $0,7
mul $0,6
sub $0,7
