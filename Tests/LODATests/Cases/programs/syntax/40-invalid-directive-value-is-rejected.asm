; case: invalid directive value is rejected
; from: spec §12, edge case 40
; note: the reference silently ignores the rest of the file after #offset x; Lodestone rejects it
; expect:
; error: {file}:6:9: invalid value for directive #offset: expected a 64-bit integer
#offset x
mov $0,1
