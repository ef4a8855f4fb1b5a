; case: indirect write negative
; from: spec §12, edge case 27
; expect:
; error: Memory access with negative index: -1
mov $1,-1
mov $$1,5
