; A364895: Decimal expansion of the 4-volume of the unit regular pentachoron (5-cell).
; Formula: a(n) = floor(sqrtint(5*(10^(n+1)*10^(n+1)))/96)%10
; 0,2,3,2,9,2,3,7,4,7,6,5,6,2,2,8,0,9,3,3,7,5,9,5,5,5,9,0,4,9,2,8,4,1,2,7,4,5,2,5,0,6,4,4,1,2,4,5,9,5,3,3,9,2,9,6,1,1,5,5,1,7,9,6,3,9,6,9,2,9,2,6,3,0,8,7,2,7,1,3

add $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,5
nrt $0,2
div $0,96
mod $0,10
