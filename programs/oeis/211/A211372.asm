; A211372: Side length of smallest square containing n L's with short sides 1, 2, ..., n.
; Formula: a(n) = sqrtint(n*(n+1)*(n+2)+floor(n/3))
; 2,4,7,11,14,18,22,26,31,36

#offset 1

mov $1,$0
fac $0,3
div $1,3
add $0,$1
nrt $0,2
