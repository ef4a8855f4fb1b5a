; A095973: Yard markers on a U.S.A. football field.
; 0,10,20,30,40,50,40,30,20,10,0

sub $0,5
gcd $0,0
sub $0,5
mul $0,-10
