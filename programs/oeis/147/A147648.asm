; A147648: Number of distinct even superperfect numbers dividing n.
; Formula: a(n) = sqrtint(6*logint(gcd(n,64),2)+4)-2
; 0,1,0,2,0,1,0,2,0,1,0,2,0,1,0,3,0,1,0,2,0,1,0,2,0,1,0,2,0,1,0,3,0,1,0,2,0,1,0,2,0,1,0,2,0,1,0,3,0,1,0,2,0,1,0,2,0,1,0,2,0,1,0,4,0,1,0,2,0,1,0,2,0,1,0,2,0,1,0,3

#offset 1

gcd $0,64
log $0,2
mul $0,6
add $0,4
nrt $0,2
sub $0,2
