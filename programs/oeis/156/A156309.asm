; A156309: Decimal expansion of the absolute value of the larger solution of (n^2+n)/2 = -1/12. (Real root q of 6n^2 + 6n + 1, the other root being p = -1-q.)
; Formula: a(n) = -(floor((sqrtint(floor(10^(n+1)*10^(n+1)/3))+10^(n+1))/2)%10)+9
; 2,1,1,3,2,4,8,6,5,4,0,5,1,8,7,1,1,7,7,4,5,4,2,5,6,0,9,7,4,9,0,2,1,2,7,2,1,7,6,1,9,9,1,2,4,3,6,4,9,3,6,5,6,1,9,9,0,6,9,8,8,3,6,7,5,8,0,1,1,1,6,3,8,4,8,5,3,3,3,2

add $0,1
mov $1,10
pow $1,$0
mov $0,$1
mul $0,$1
div $0,3
nrt $0,2
add $0,$1
div $0,2
mod $0,10
mul $0,-1
add $0,9
