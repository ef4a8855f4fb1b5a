; A072249: Related to lollipop graphs.
; Formula: a(n) = 2*truncate(A028552(n)/6)-1
; 5,7,11,17,21,27,35,41

#offset 3

seq $0,28552
div $0,6
mul $0,2
sub $0,1
