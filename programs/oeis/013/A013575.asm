; A013575: Minimal scope of an (n,3) difference triangle.
; 6,13,19,24,30,36,42,48,54,60,66,72,78,84,90

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
mul $0,12
add $0,1
mov $2,$0
sub $2,1
add $3,$0
add $3,$0
sub $3,$2
mul $0,7
div $0,7
div $0,3
mul $0,12
add $0,16
div $0,4
add $3,$0
mov $0,$3
sub $0,-63
div $0,4
add $0,7
mov $5,$4
equ $5,0
mul $5,-7
add $0,$5
