; A031401: Period of continued fraction for sqrt(A031400(n)).
; Formula: a(n) = gcd(lodapow(10,n-1),464)%12
; 1,2,4,8,4,4,4,4,4,4,4

#offset 1

sub $0,1
mov $1,10
pow $1,$0
mov $0,$1
gcd $0,464
mod $0,12
