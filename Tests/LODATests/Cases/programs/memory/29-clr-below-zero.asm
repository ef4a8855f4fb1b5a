; case: clr below zero
; from: spec §12, edge case 29
; expect: 0
mov $0,7
mov $1,3
clr $1,-5
add $0,$1
