; A394663: Decimal expansion of the constant characterizing the complexity of the general number field sieve (GNFS) factoring algorithm.
; Formula: a(n) = floor(sqrtnint(8*floor(10^n*(10^n*10^n)/9),3)/5)%10
; 1,9,2,2,9,9,9,4,2,7,0,7,6,5,4,4,5,0,9,7,6,2,1,8,4,4,1,4,3,7,3,4,7,9,4,5,1,1,8,9,1,5,9,0,0,4,6,6,5,8,0,0,7,7,0,0,6,1,8,8,8,2,5,9,3,8,8,9,1,6,7,9,5,7,7,3,3,2,9,7

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
div $0,9
mul $0,8
nrt $0,3
div $0,5
mod $0,10
