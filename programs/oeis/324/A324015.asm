; A324015: Number of nonempty subsets of {1, ..., n} containing no two cyclically successive elements.
; 0,1,2,3,6,10,17,28,46,75,122,198,321,520,842,1363,2206,3570,5777,9348,15126,24475,39602,64078,103681,167760,271442,439203,710646,1149850,1860497,3010348,4870846,7881195,12752042,20633238,33385281,54018520,87403802

mov $6,$0
sub $0,1
max $0,0
mov $4,$0
sub $0,1
max $0,0
sub $0,1
sub $1,5
sub $0,2
sub $0,-4
lpb $0
  sub $0,1
  mul $2,-1
  add $2,$1
  add $1,$2
lpe
add $2,$1
mov $0,$2
sub $0,-5
div $0,-5
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
mov $7,$6
equ $7,0
mul $7,-1
add $0,$7
sub $0,1
