; A102690: Number of n-expodigital numbers (i.e., numbers m such that m^n has exactly n decimal digits).
; 10,6,5,4,3,3,2,2,2,2,1,1,1,1,1,1,1,1,1,1,1

#offset 1

sub $0,1
mov $5,$0
sub $0,1
max $0,0
sub $0,-1
add $0,3
sub $0,1
sub $0,1
add $2,8
add $0,1
add $2,16
add $0,1
add $2,1
div $2,$0
mov $0,$2
mov $6,$5
equ $6,0
mul $6,4
add $0,$6
