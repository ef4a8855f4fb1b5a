; case: fil below zero
; from: spec §12, edge case 29
; expect:
; error: Memory access with negative index: -3
mov $1,3
fil $1,-5
