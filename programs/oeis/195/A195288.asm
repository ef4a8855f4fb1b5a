; A195288: Decimal expansion of shortest length, (C), of segment from side CA through incenter to side CB in right triangle ABC with sidelengths (a,b,c)=(5,12,13).
; Formula: a(n) = floor(sqrtint(26*((2*lodapow(10,n-1)+2*lodapow(10,n-1))*(2*lodapow(10,n-1))))/3)%10
; 4,8,0,7,4,0,1,7,0,0,6,1,8,6,5,2,3,9,0,8,2,5,6,2,8,3,5,6,6,2,7,3,2,7,9,2,8,3,3,5,0,6,2,0,9,8,4,6,0,3,2,8,2,8,3,6,1,3,9,3,7,4,0,8,3,0,2,8,8,9,2,6,4,3,9,0,6,8,0,5

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mul $1,2
mov $0,$1
add $0,$1
mul $0,$1
mul $0,26
nrt $0,2
div $0,3
mod $0,10
