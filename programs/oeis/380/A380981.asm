; A380981: Decimal expansion of the medium/short edge length ratio of a disdyakis triacontahedron.
; Formula: a(n) = floor((sqrtint(5*(lodapow(10,n-1)*(9*lodapow(10,n-1))))+9*lodapow(10,n-1))/10)%10
; 1,5,7,0,8,2,0,3,9,3,2,4,9,9,3,6,9,0,8,9,2,2,7,5,2,1,0,0,6,1,9,3,8,2,8,7,0,6,3,2,1,8,5,5,0,7,8,8,3,4,5,7,7,1,7,2,8,1,2,6,9,1,7,3,6,2,3,1,5,6,2,7,7,6,9,1,3,4,1,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $1,9
mul $0,$1
mul $0,5
nrt $0,2
add $0,$1
div $0,10
mod $0,10
