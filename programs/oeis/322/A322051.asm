; A322051: a(n) is the number of initial terms in the row of length 2^n of A322050 that agree with the limiting sequence A322049.
; Formula: a(n) = floor((2^n+(n==3))/3)+1
; 1,1,2,4,6,11,22,43,86,171,342,683,1366,2731,5462

mov $1,$0
equ $1,3
mov $2,$0
mov $0,2
pow $0,$2
add $0,$1
div $0,3
add $0,1
