; case: ror
; from: spec §12, edge case 30
; expect: 312
mov $1,1
mov $2,2
mov $3,3
ror $1,3
mul $1,100
mul $2,10
add $1,$2
add $1,$3
mov $0,$1
