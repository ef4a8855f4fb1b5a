; A018299: Divisors of 136.
; Formula: a(n) = floor(2^(n+3)/15)
; 1,2,4,8,17,34,68,136

#offset 1

add $0,3
mov $1,2
pow $1,$0
div $1,15
mov $0,$1
