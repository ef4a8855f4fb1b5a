; case: ban -5,3
; from: spec §12, edge case 21
; expect: 3
mov $0,-5
ban $0,3
