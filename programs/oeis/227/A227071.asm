; A227071: Let s(m) = the set of k > 0 such that k^m ends with k. Then a(n) = least m such that s(m) = s(n).
; 1,2,3,2,5,6,3,2,9,2,11,2,5,2,3,6,17,2,3,2,21,2,3,2,9,26,3,2,5,2,11,2,33,2,3,6,5,2,3,2,41,2,3,2,5,6,3,2,17,2,51,2,5,2,3,6,9,2,3,2,21,2,3,2,65,6,3,2,5,2,11,2,9,2,3,26,5,2,3,2

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,1
add $0,1
add $0,1
sub $0,1
add $0,1
gcd $3,10
sub $0,1
pow $3,$0
gcd $0,$3
mul $0,12
add $0,13
sub $0,13
div $0,12
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
