; case: pow 2,3839 has 1156 digits
; from: spec §12, edge case 7
; expect: 1155
mov $0,2
pow $0,3839
log $0,10
