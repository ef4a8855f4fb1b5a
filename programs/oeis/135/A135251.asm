; A135251: Maximal number of zero digits in square of number with n digits not divisible by 10.
; 0,1,3,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,106,108,110,112,114,116,118,120,122,124

#offset 1

sub $0,1
mov $4,$0
sub $0,1
max $0,0
mov $2,$0
sub $0,1
mul $0,2
mov $1,$0
max $1,1
mov $0,$1
sub $0,1
add $0,2
add $0,1
mov $3,$2
equ $3,0
mul $3,-2
add $0,$3
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
