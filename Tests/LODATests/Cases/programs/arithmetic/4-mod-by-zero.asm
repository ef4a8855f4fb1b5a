; case: mod by zero
; from: spec §12, edge case 4
; expect:
; error: Overflow in cell $0; last operation: mod $0,0
mov $0,5
mod $0,0
