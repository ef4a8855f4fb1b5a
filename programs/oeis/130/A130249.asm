; A130249: Maximal index k of a Jacobsthal number such that A001045(k)<=n (the 'lower' Jacobsthal inverse).
; 0,2,2,3,3,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7,7

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
sub $0,3
add $0,1
