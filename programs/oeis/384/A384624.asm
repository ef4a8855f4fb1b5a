; A384624: Decimal expansion of the volume of a pentagonal orthobicupola with unit edge.
; Formula: a(n) = floor((sqrtint(A047547(2*(10^n*10^n)))+10^n)/6)%10
; 4,6,4,8,0,9,0,6,3,6,6,6,6,3,8,6,2,6,1,8,7,8,8,9,8,2,2,4,9,7,5,0,3,4,9,8,0,5,8,7,4,9,1,1,4,6,1,4,8,7,0,0,9,6,5,6,9,4,5,2,9,6,6,0,5,4,7,3,6,1,2,3,4,1,8,3,7,3,9,8

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,2
seq $0,47547
nrt $0,2
add $0,$1
div $0,6
mod $0,10
