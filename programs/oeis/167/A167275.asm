; A167275: Row sums of triangle A167274 (a variant of Gould's sequence A001316).
; Formula: a(n) = 2^(sumdigits(n,2)+sqrtnint(n,5))
; 1,4,4,8,4,8,8,16,4,8,8,16,8,16,16,32,4,8,8,16,8,16,16,32

mov $1,$0
mov $2,2
nrt $1,5
dgs $0,2
add $0,$1
pow $2,$0
mov $0,$2
