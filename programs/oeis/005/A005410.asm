; A005410: a(n) = largest integer m such that every n-point interval order contains an m-point semiorder.
; Formula: a(n) = sqrtnint(lodafac(n-1,7),9)+(n-1==0)
; 1,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,9,10

#offset 1

sub $0,1
mov $1,$0
fac $0,7
nrt $0,9
equ $1,0
add $0,$1
