; case: gcd 0,0
; from: spec §12, edge case 16
; expect: 0
mov $0,0
gcd $0,0
