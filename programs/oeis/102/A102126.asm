; A102126: Minimum number of pieces needed to dissect a square into n smaller squares (not necessarily of the same size).
; 1,4,4,4,6,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29

#offset 1

sub $0,1
mov $6,$0
sub $0,1
sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $3,1
add $0,1
add $0,1
sub $4,2
add $3,$0
mov $0,$3
sub $0,-2
add $0,1
mov $5,$4
equ $5,0
add $0,$5
mov $7,$6
equ $7,0
mul $7,-3
add $0,$7
