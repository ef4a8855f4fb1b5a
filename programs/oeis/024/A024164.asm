; A024164: Number of integer-sided triangles with sides a,b,c, a<b<c, a+b+c=n such that c - b = b - a.
; Formula: a(n) = truncate((gcd(n,floor(n/3))-1)/2)
; 0,0,0,0,0,0,0,0,1,0,0,1,0,0,2,0,0,2,0,0,3,0,0,3,0,0,4,0,0,4,0,0,5,0,0,5,0,0,6,0,0,6,0,0,7,0,0,7,0,0,8,0,0,8,0,0,9,0,0,9,0,0,10,0,0,10,0,0,11,0,0,11,0,0,12,0,0,12,0,0

#offset 1

mov $1,$0
div $1,3
gcd $0,$1
sub $0,1
div $0,2
