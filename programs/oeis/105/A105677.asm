; A105677: Highest minimal Hamming distance of any Type 4^E Euclidean linear self-dual code over GF(4) of length 2n.
; Formula: a(n) = floor(sumdigits(lodafac(1,n),3)/2)+2
; 2,3,3,4,4,6,6,6

#offset 1

mov $1,1
fac $1,$0
mov $0,$1
dgs $0,3
div $0,2
add $0,2
