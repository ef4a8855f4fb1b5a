; A246184: Decimal expansion of Hermite's constant gamma_6 = 2/3^(1/6).
; Formula: a(n) = sqrtnint(floor(4*lodapow(100,n-1)*(4*lodapow(100,n-1))/9)*(4*lodapow(100,n-1)*(4*lodapow(100,n-1))*(4*lodapow(100,n-1)*(4*lodapow(100,n-1)))),12)%10
; 1,6,6,5,3,6,6,3,5,5,3,1,1,2,0,8,6,3,9,2,1,7,5,7,2,7,2,5,0,1,7,6,7,1,5,1,3,3,2,4,1,2,4,0,9,5,7,8,7,3,3,7,6,7,2,9,8,0,4,8,0,4,8,2,4,5,1,0,7,8,4,8,5,9,8,5,6,3,3,4

#offset 1

sub $0,1
mov $1,100
pow $1,$0
mul $1,4
mul $1,$1
mov $0,$1
div $0,9
mul $1,$1
mul $0,$1
nrt $0,12
mod $0,10
