; A172486: Number of prime knots up to nine crossings with determinant 2n+1 and signature 6.
; Formula: a(n) = lodapow(gcd(n-2,90),-1)
; 0,1,0,1,0,0,0,0,0,1,0,0,0,1,0,1,0,0,0,1

sub $0,2
gcd $0,90
pow $0,-1
