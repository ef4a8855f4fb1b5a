; A295771: a(n) is the minimum size of a planar additive basis for the square [0,n]^2.
; Formula: a(n) = lodamod(lodabin(n+n+n-2,n),2)+n+n
; 1,3,4,7,8,11,12,14,16,19,20,23,24,26

mov $1,$0
add $0,$1
add $0,$1
sub $0,2
bin $0,$1
mod $0,2
add $0,$1
add $0,$1
