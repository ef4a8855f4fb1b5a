; A394662: Decimal expansion of the constant characterizing the complexity of the special number field sieve (SNFS) factoring algorithm.
; Formula: a(n) = floor(sqrtnint(8*floor(10^n*(10^n*10^n)/18),3)/5)%10
; 1,5,2,6,2,8,5,6,5,6,7,3,7,7,7,5,8,2,3,7,4,4,0,5,6,2,8,2,5,8,6,2,3,6,0,1,1,8,8,7,8,7,5,8,9,4,3,8,3,9,0,8,0,9,6,1,3,2,0,6,9,5,6,5,4,2,0,8,9,9,0,6,5,3,6,5,6,1,8,8

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $1,$1
mul $0,$1
div $0,18
mul $0,8
nrt $0,3
div $0,5
mod $0,10
