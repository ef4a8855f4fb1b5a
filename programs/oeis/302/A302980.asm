; A302980: Size of the smallest square Minesweeper grid that allows each number from 0 to 8 to appear exactly n times.
; 5,7,8,9,10,11,12,13,13,14

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
sub $0,-1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
add $2,1
mul $0,$2
div $0,-1
sub $0,2
div $0,2
mul $0,3
sub $0,16
div $0,3
mul $0,8
add $0,67
sub $0,-60
div $0,-8
sub $0,-5
add $0,5
mov $5,$4
equ $5,0
mul $5,-2
add $0,$5
sub $0,2
add $0,5
