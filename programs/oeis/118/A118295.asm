; A118295: Start with 20 and repeatedly reverse the digits and add 1 to get the next term.
; 20,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9,10,2,3,4,5,6,7,8,9

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
add $0,1
add $0,2
sub $0,2
mod $0,9
sub $0,1
mul $0,-1
sub $0,7
div $0,-1
add $0,-2
add $0,10
mod $0,12
mov $5,$4
equ $5,0
mul $5,17
add $0,$5
