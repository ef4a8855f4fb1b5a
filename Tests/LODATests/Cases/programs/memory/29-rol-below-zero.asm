; case: rol below zero
; from: spec §12, edge case 29
; expect:
; error: Memory access with negative index: -2
rol $0,-3
