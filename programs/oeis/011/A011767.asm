; A011767: From studying monochromatic solutions to x3-x2=x2-x1+2n.
; Formula: a(n) = n+1+sqrtint(10*((n+1)*(n+1))+(n+1))+lodafac(0,n-1)+5
; 9,14,17,21,25,30,34,38,42,46,50

sub $0,1
fac $1,$0
add $0,2
mov $2,$0
mul $2,$0
mul $2,10
add $2,$0
nrt $2,2
add $0,$2
add $0,$1
add $0,5
