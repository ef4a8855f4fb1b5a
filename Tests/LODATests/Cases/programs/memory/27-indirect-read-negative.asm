; case: indirect read negative
; from: spec §12, edge case 27
; expect:
; error: Memory access with negative index: -1
mov $1,-1
mov $0,$$1
