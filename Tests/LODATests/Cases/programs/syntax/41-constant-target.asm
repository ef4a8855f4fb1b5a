; case: constant target
; from: spec §12, edge case 41
; expect:
; error: Cannot set value of a constant
mov 1,5
