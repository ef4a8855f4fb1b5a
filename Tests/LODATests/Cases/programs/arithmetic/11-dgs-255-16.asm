; case: dgs 255,16
; from: spec §12, edge case 11
; expect: 30
mov $0,255
dgs $0,16
