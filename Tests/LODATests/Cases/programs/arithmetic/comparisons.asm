; case: comparisons
; from: written here
; expect: 1010
mov $1,3
equ $1,3
mov $3,2
leq $3,1
mov $4,2
geq $4,2
mov $5,2
neq $5,2
mul $1,1000
mul $3,100
mul $4,10
add $1,$3
add $1,$4
add $1,$5
mov $0,$1
