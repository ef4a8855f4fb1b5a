; A023971: First bit in fractional part of binary expansion of 4th root of n.
; Formula: a(n) = lodamod(A382139(n)+sqrtnint(16*n,4)-1,2)
; 0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

#offset 1

mov $1,$0
seq $0,382139
mul $1,16
nrt $1,4
add $0,$1
sub $0,1
mod $0,2
