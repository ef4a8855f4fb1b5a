; case: max magnitude
; from: spec §12, edge case 8
; expect: 3839
mov $0,2
pow $0,3839
mov $1,$0
sub $1,1
add $0,$1
log $0,2
