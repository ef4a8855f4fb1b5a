; A274290: Arising in solving the keyboard problem.
; 1,8,15,21,27,34,40,46

add $3,$0
mul $3,2
add $0,$3
nrt $3,2
add $3,$0
add $3,$0
sub $3,13
mov $0,$3
sub $0,-13
add $0,1
