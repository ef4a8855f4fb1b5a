; case: rol negative length
; from: written here
; expect: 786
mov $6,6
mov $7,7
mov $8,8
rol $8,-3
mul $6,100
mul $7,10
add $6,$7
add $6,$8
mov $0,$6
