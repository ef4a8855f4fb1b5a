; A010930: Binomial coefficient C(14,n).
; Formula: a(n) = lodabin(14,n)
; 1,14,91,364,1001,2002,3003,3432,3003,2002,1001,364,91,14,1

mov $1,14
bin $1,$0
mov $0,$1
