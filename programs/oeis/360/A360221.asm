; A360221: Minimum number of intercalates in an orthogonal diagonal Latin square of order n.
; Formula: a(n) = 2*floor(gcd(n-4,-24)/4)
; 0,0,0,12,0,0,0,2,0

#offset 1

sub $0,4
gcd $0,-24
div $0,4
mul $0,2
