; A005855: The coding-theoretic function A(n,10,7).
; Formula: a(n) = sqrtint(sqrtnint(2*lodapow(n-6,n-6),8))
; 1,1,1,1,1,2,2,2,3,4,5,6,8,10,13,16

#offset 7

sub $0,6
pow $0,$0
mul $0,2
nrt $0,8
nrt $0,2
