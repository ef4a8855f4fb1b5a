; A092121: Minimum sum of absolute values of coefficients of a product of n binomials.
; Formula: a(n) = 2*(n-7+max(n-7,1)+(max(n-7,1)==n-7+max(n-7,1)))+12
; 6,8,10,12,16,16,20,24,28

#offset 3

sub $0,7
mov $1,$0
max $1,1
add $0,$1
equ $1,$0
add $0,$1
mul $0,2
add $0,12
