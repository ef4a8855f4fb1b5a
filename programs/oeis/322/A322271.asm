; A322271: Smallest multiplication factors f, prime or 1, for all b (mod 24), coprime to 24, so that b*f is a nonzero square mod 8 and mod 3.
; 1,5,7,11,13,17,19,23

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
mul $0,3
add $0,124
sub $0,-164
div $0,2
mul $0,5
add $0,30
sub $0,735
add $0,1
sub $0,-9
div $0,5
mul $0,2
add $0,1
