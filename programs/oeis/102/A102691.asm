; A102691: Least n-expodigital number (i.e., numbers m such that m^n has exactly n decimal digits).
; 0,4,5,6,7,7,8,8,8,8,9,9,9,9,9,9,9,9,9,9,9

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
sub $0,10
div $0,-1
