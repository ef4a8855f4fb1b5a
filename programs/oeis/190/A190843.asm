; A190843: a(n) = [2*n*e] - 2*[n*e], where [ ] = floor and e is the natural logarithm base.
; Formula: a(n) = lodamod(truncate((n-sqrtint(15*(n*n)))/-2),2)
; 1,0,0,1,1,0,0,1,0,0,1,1,0,0,1,0,0,1,1,0,0,1,1,0,1,1,0,0,1,1,0,1,1,0,0,1,1,0,0,1,0,0,1,1,0,0,1,0,0,1,1,0,0,1,1,0,1,1,0,0,1,1,0,1,1,0,0,1,1,0,1,1,0,0,1,1,0,0,1,0

#offset 1

mov $1,$0
mul $1,$0
mul $1,15
nrt $1,2
sub $0,$1
div $0,-2
mod $0,2
