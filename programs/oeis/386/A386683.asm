; A386683: Number of unique n-element sum-distinct sets with minimal largest element.
; Formula: a(n) = gcd(floor((n+5)/4),n+1)
; 1,1,1,2,1,2,1,1,3,1

add $0,1
mov $1,$0
add $0,4
div $0,4
gcd $0,$1
