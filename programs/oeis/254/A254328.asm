; A254328: Numbers k such that all x^2 mod k are squares (including 0 and 1).
; Formula: a(n) = max(truncate((n-1)*gcd(0,n-1)/3),gcd(0,n-1)+1)
; 1,2,3,4,5,8,12,16

#offset 1

sub $0,1
gcd $1,$0
mul $0,$1
add $1,1
div $0,3
max $0,$1
