; A223082: Number of n-digit numbers N with distinct digits such that N divides the reversal of N.
; 9,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $1,3
sub $1,$0
bin $0,$1
mov $5,$4
equ $5,0
mul $5,9
add $0,$5
