; A242671: Decimal expansion of k2, a Diophantine approximation constant such that the area of the "critical parallelogram" (in this case a square) is 4*k2.
; Formula: a(n) = sqrtnint(25*10000^n,4)%10+5*(n==0)
; 7,2,3,6,0,6,7,9,7,7,4,9,9,7,8,9,6,9,6,4,0,9,1,7,3,6,6,8,7,3,1,2,7,6,2,3,5,4,4,0,6,1,8,3,5,9,6,1,1,5,2,5,7,2,4,2,7,0,8,9,7,2,4,5,4,1,0,5,2,0,9,2,5,6,3,7,8,0,4,8

mov $1,$0
mov $2,10000
pow $2,$0
mov $0,$2
mul $0,25
nrt $0,4
mod $0,10
equ $1,0
mul $1,5
add $0,$1
