; A316533: a(n) is the Sprague-Grundy value of the Node-Kayles game played on the generalized Petersen graph P(n,2).
; 1,0,1,0,1,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0

#offset 5

sub $0,5
sub $0,1
mov $1,3
pow $1,$0
add $0,2
mod $1,$0
mov $0,$1
add $0,-1
add $0,2
mod $0,2
