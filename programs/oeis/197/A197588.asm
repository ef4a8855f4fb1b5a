; A197588: Decimal expansion of the maximum of (cos(x))^2+(sin(3x))^2.
; Formula: a(n) = floor(sqrtint(4*(floor(4*lodapow(10,n-1)*lodapow(10,n-1)/3)+3))/3)%10
; 1,7,6,9,8,0,0,3,5,8,9,1,9,5,0,1,0,1,9,3,4,5,5,3,1,7,0,7,3,3,5,9,4,3,2,7,4,1,9,6,8,0,2,3,3,5,0,2,6,8,3,5,8,3,4,6,9,1,4,6,9,7,6,8,6,4,5,3,0,3,5,6,3,0,7,0,5,7,7,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,4
mul $0,$1
div $0,3
add $0,3
mul $0,4
nrt $0,2
div $0,3
mod $0,10
