; A146975: First quintisection of A061043: A061043(5n).
; 0,3,8,3,24,7,48,63,16,99

add $0,1
sub $0,1
sub $0,2
sub $0,1
add $0,1
add $0,1
add $3,2
add $0,1
add $3,$0
mul $0,$3
mul $0,12
div $0,12
mul $0,3
dif $0,5
sub $0,9
div $0,3
mul $0,2
add $0,6
div $0,2
