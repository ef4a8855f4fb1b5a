; A100795: n occurs n times, as early as possible subject to the constraint that no two successive terms are identical.
; Formula: a(n) = (n+sqrtint(2*n))%2+sqrtint(2*n)
; 1,2,3,2,3,4,3,4,5,4,5,4,5,6,5,6,5,6,7,6,7,6,7,6,7,8,7,8,7,8,7,8,9,8,9,8,9,8,9,8,9,10,9,10,9,10,9,10,9,10,11,10,11,10,11,10,11,10,11,10,11,12,11,12,11,12,11,12,11,12,11,12,13,12,13,12,13,12,13,12

#offset 1

mov $1,$0
mul $1,2
nrt $1,2
add $0,$1
mod $0,2
add $0,$1
