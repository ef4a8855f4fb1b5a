; A364897: Decimal expansion of the 4-volume of the unit regular 600-cell.
; Formula: a(n) = floor((floor(sqrtint(5*(lodapow(10,n-1)*lodapow(10,n-1)))/2)+lodapow(10,n-1))/8)%10
; 2,6,4,7,5,4,2,4,8,5,9,3,7,3,6,8,5,6,0,2,5,5,7,3,3,5,4,2,9,5,7,0,4,7,6,4,7,1,5,0,3,8,6,4,7,4,7,5,7,2,0,3,5,7,7,6,6,9,3,1,0,7,7,8,3,8,1,5,7,5,5,7,8,5,2,3,6,2,8,0

#offset 2

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,5
nrt $0,2
div $0,2
add $0,$1
div $0,8
mod $0,10
