; case: gcd -5,0
; from: spec §12, edge case 16
; expect: 5
mov $0,-5
gcd $0,0
