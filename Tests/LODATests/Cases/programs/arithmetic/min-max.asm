; case: min/max
; from: written here
; expect: -28
mov $1,-3
min $1,2
mov $2,-3
max $2,2
mul $1,10
add $1,$2
mov $0,$1
