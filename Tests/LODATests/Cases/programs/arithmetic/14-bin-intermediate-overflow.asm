; case: bin intermediate overflow
; from: spec §12, edge case 14
; expect:
; error: Overflow in cell $0; last operation: bin $0,2
mov $0,2
pow $0,1920
add $0,1
bin $0,2
