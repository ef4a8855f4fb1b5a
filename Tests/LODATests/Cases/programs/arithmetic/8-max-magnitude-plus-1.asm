; case: max magnitude plus 1
; from: spec §12, edge case 8
; expect:
; error: Overflow in cell $0; last operation: add $0,1
mov $0,2
pow $0,3839
mov $1,$0
sub $1,1
add $0,$1
add $0,1
