; A028728: Nonsquares mod 15.
; Formula: a(n) = n-1+sqrtint(3*truncate(2*(n-1)/3))+floor(sqrtint(3*truncate(2*(n-1)/3))/3)+2
; 2,3,5,7,8,11,12,13,14

#offset 1

sub $0,1
mov $1,2
mul $1,$0
div $1,3
mul $1,3
nrt $1,2
add $0,$1
div $1,3
add $0,$1
add $0,2
