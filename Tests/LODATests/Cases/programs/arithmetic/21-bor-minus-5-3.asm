; case: bor -5,3
; from: spec §12, edge case 21
; expect: -5
mov $0,-5
bor $0,3
