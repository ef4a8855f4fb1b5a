; case: fil 2,3
; from: written here
; expect: 12
mov $2,4
fil $2,3
mov $0,$2
add $0,$3
add $0,$4
add $0,$5
