; A082486: Decimal expansion of the constant c satisfying Sum_{k>=1} 1/c^sqrtint(k) = 1 where sqrtint(k) = floor(sqrt(k)).
; Formula: a(n) = (floor((sqrtint(17*(lodapow(10,n-1)*lodapow(10,n-1)))+lodapow(10,n-1))/2)+lodapow(10,n-1)+lodapow(10,n-1))%10
; 4,5,6,1,5,5,2,8,1,2,8,0,8,8,3,0,2,7,4,9,1,0,7,0,4,9,2,7,9,8,7,0,3,8,5,1,2,5,7,3,5,9,9,6,1,2,6,8,6,8,1,0,2,1,7,1,9,9,3,1,6,7,8,6,5,4,7,4,7,7,1,7,3,1,6,8,8,1,0,7

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
mul $0,17
nrt $0,2
add $0,$1
div $0,2
add $0,$1
add $0,$1
mod $0,10
