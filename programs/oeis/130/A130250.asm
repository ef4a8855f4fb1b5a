; A130250: Minimal index k of a Jacobsthal number such that A001045(k) >= n (the 'upper' Jacobsthal inverse).
; 0,1,3,3,4,4,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8

mov $4,$0
sub $0,1
max $0,0
add $0,1
sub $3,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
mul $0,4
mul $2,4
mul $2,2
add $3,8
add $3,$0
add $3,$2
log $3,2
mov $0,$3
sub $0,1
add $0,1
sub $0,2
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
