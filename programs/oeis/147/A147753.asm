; A147753: Number of maximum-size subsets of {1,2,3,...,n} whose geometric means are an integer.
; Formula: a(n) = truncate((sqrtint(n)%2-sqrtnint(n,3))/-1)
; 0,0,0,1,1,1,1,2,1,1,1,1,1,1,1,2,2,2,2,2

#offset 1

mov $1,$0
nrt $0,2
mod $0,2
nrt $1,3
sub $0,$1
div $0,-1
