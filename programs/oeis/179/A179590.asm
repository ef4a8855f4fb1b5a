; A179590: Decimal expansion of the volume of pentagonal cupola with edge length 1.
; Formula: a(n) = floor((sqrtint(A047547(2*(10^n*10^n)))+10^n)/12)%10
; 2,3,2,4,0,4,5,3,1,8,3,3,3,1,9,3,1,3,0,9,3,9,4,4,9,1,1,2,4,8,7,5,1,7,4,9,0,2,9,3,7,4,5,5,7,3,0,7,4,3,5,0,4,8,2,8,4,7,2,6,4,8,3,0,2,7,3,6,8,0,6,1,7,0,9,1,8,6,9,9

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,2
seq $0,47547
nrt $0,2
add $0,$1
div $0,12
mod $0,10
