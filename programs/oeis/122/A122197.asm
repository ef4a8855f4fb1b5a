; A122197: Fractal sequence: count up to successive integers twice.
; Formula: a(n) = lodamod(n-1,sqrtint(n))+1
; 1,1,1,2,1,2,1,2,3,1,2,3,1,2,3,4,1,2,3,4,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,6,1,2,3,4,5,6,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,8,1,2,3,4,5,6,7,8,1,2,3,4,5,6,7,8

#offset 1

sub $0,1
mov $1,$0
add $1,1
nrt $1,2
mod $0,$1
add $0,1
