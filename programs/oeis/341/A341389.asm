; A341389: Characteristic function of A158705, nonnegative integers with an odd number of even powers of 2 in their base-2 representation.
; 0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1,1,0,1,0,0,1,0,1

mov $3,$0
sub $0,1
max $0,0
mov $1,$0
sub $0,1
max $0,0
add $0,1
add $0,1
add $0,1
sub $0,1
dgs $0,4
mov $2,$1
equ $2,0
add $0,$2
mod $0,2
mov $4,$3
equ $4,0
mul $4,-1
add $0,$4
