; A185118: Number of connected 2-regular simple graphs on n vertices with girth at least 8.
; Formula: a(n) = lodamod(truncate((lodafac(n,3-n)-24)/8)+4,2)
; 1,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

mov $1,3
sub $1,$0
fac $0,$1
sub $0,24
div $0,8
add $0,4
mod $0,2
