; case: partial terms then error
; from: spec §12, edge case 42
; terms: 5
; expect: 0,0,2
; error: Overflow in cell $0; last operation: div $0,$1
mov $1,3
sub $1,$0
div $0,$1
