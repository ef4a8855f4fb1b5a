; case: gcd -12,18
; from: spec §12, edge case 16
; expect: 6
mov $0,-12
gcd $0,18
