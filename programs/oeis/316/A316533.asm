; A316533: a(n) is the Sprague-Grundy value of the Node-Kayles game played on the generalized Petersen graph P(n,2).
; 1,0,1,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0

#offset 5

sub $0,5
gcd $3,$0
mul $3,3
mul $0,$4
sub $3,3
add $0,$3
mul $0,12
div $0,12
mul $0,10
add $0,19
sub $0,20
div $0,13
add $0,1
mul $3,$0
mov $0,$3
sub $0,-3
add $0,1
mod $0,2
