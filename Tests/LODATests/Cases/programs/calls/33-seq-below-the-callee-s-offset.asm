; case: seq below the callee's offset
; from: spec §12, edge case 33
; expect:
; error: seq using invalid argument
mov $1,0
seq $1,40
mov $0,$1
