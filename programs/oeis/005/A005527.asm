; A005527: Maximal number of rational points on a curve of genus n over GF(2).
; 3,5,6,7,8,9,10,10,11,12,13,14

mov $4,$0
sub $0,1
sub $0,-1
add $0,1
sub $0,1
add $0,1
sub $0,1
gcd $2,$0
mul $0,3
mul $2,4
mul $2,2
add $3,$0
add $3,$2
mov $2,$3
mov $0,$2
div $0,13
add $0,1
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
sub $0,-1
add $0,3
