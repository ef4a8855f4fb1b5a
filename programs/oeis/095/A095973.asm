; A095973: Yard markers on a U.S.A. football field.
; Formula: a(n) = -10*(gcd(n-5,0)-5)
; 0,10,20,30,40,50,40,30,20,10,0

sub $0,5
gcd $0,0
sub $0,5
mul $0,-10
