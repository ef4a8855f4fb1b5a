; A374883: Decimal expansion of phi*(2*phi + 1) (i.e., (7 + 3*sqrt(5))/2), where phi is the golden ratio.
; Formula: a(n) = floor((sqrtint(9*(floor(10^n*10^n/5)+2))+10^n)/4)%10
; 6,8,5,4,1,0,1,9,6,6,2,4,9,6,8,4,5,4,4,6,1,3,7,6,0,5,0,3,0,9,6,9,1,4,3,5,3,1,6,0,9,2,7,5,3,9,4,1,7,2,8,8,5,8,6,4,0,6,3,4,5,8,6,8,1,1,5,7,8,1,3,8,8,4,5,6,7,0,7,3

#offset 1

mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
div $0,5
add $0,2
mul $0,9
nrt $0,2
add $0,$1
div $0,4
mod $0,10
