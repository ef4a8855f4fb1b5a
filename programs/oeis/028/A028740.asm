; A028740: Nonsquares mod 27.
; Formula: a(n) = truncate(-3*(n-1+sqrtint(truncate((n-1)/5)))/-2)+2
; 2,3,5,6,8,11,12,14,15,17,18,20,21,23,24,26

#offset 1

sub $0,1
mov $1,$0
div $1,5
nrt $1,2
add $0,$1
mul $0,-3
div $0,-2
add $0,2
