; A168368: Number of stable connected piles of n bricks.
; Formula: a(n) = floor(sqrtnint(5^n+3,3)/2)
; 0,1,1,2,4,7,12,21

mov $1,5
pow $1,$0
mov $0,$1
add $0,3
nrt $0,3
div $0,2
