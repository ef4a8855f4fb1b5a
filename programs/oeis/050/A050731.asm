; A050731: Decimal expansion of 11^n contains no pair of consecutive equal digits (probably finite).
; Formula: a(n) = truncate(n%8/-3)+n+n
; 0,2,4,5,7,9,10,12,16

mov $1,$0
mod $0,8
div $0,-3
add $0,$1
add $0,$1
