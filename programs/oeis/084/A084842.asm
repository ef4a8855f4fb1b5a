; A084842: Number of rooted trees with n nodes with a height of 2 and with at least 1 node at height 1 has degree > 2.
; Formula: a(n) = sqrtint(3*lodapow(2,n-2))-2
; 1,2,4,7,11,17,25,37

#offset 4

sub $0,2
mov $1,2
pow $1,$0
mov $0,$1
mul $0,3
nrt $0,2
sub $0,2
