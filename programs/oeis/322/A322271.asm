; A322271: Smallest multiplication factors f, prime or 1, for all b (mod 24), coprime to 24, so that b*f is a nonzero square mod 8 and mod 3.
; Formula: a(n) = 2*A032766(n)-1
; 1,5,7,11,13,17,19,23

#offset 1

seq $0,32766
mul $0,2
sub $0,1
