; case: rolled-back pass still fails
; from: spec §12, edge case 24
; expect:
; error: Overflow in cell $1; last operation: div $1,0
lpb $0
div $1,0
lpe
