; A236210: Pairs of "harmonic numbers" 2^m * 3^n that differ by 1.
; Formula: a(n) = truncate((n+1)%8/-2)+(n+1)
; 1,2,2,3,3,4,8,9

#offset 1

add $0,1
mov $1,$0
mod $0,8
div $0,-2
add $0,$1
