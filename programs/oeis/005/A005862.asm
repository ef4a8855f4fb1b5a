; A005862: The coding-theoretic function A(n,14,10).
; Formula: a(n) = sqrtnint(lodapow(2,n-14)+8,4)
; 1,1,1,1,1,1,1,2,2,2,2,3,4,4,5,6,8,9,11

#offset 10

sub $0,14
mov $1,$0
mov $0,2
pow $0,$1
add $0,8
nrt $0,4
