; A205769: Given an equilateral triangle T, partition each side (with the same orientation) into segments exhibiting the Golden Ratio. Let t be the resulting internal equilateral triangle t. Sequence gives decimal expansion of ratio of areas T/t.
; Formula: a(n) = floor((sqrtint(15*((lodapow(10,n-1)+lodapow(10,n-1)+lodapow(10,n-1))*lodapow(10,n-1)))+(lodapow(10,n-1)+(lodapow(10,n-1)+lodapow(10,n-1)+lodapow(10,n-1))*lodapow(10,n-1)))/4)%10+(n-1==0)
; 3,4,2,7,0,5,0,9,8,3,1,2,4,8,4,2,2,7,2,3,0,6,8,8,0,2,5,1,5,4,8,4,5,7,1,7,6,5,8,0,4,6,3,7,6,9,7,0,8,6,4,4,2,9,3,2,0,3,1,7,2,9,3,4,0,5,7,8,9,0,6,9,4,2,2,8,3,5,3,6

#offset 1

sub $0,1
mov $1,$0
mov $2,10
pow $2,$0
mov $0,$2
add $0,$2
add $0,$2
mul $0,$2
add $2,$0
mul $0,15
nrt $0,2
add $0,$2
div $0,4
mod $0,10
equ $1,0
add $0,$1
