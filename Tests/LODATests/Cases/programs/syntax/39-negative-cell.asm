; case: negative cell
; from: spec §12, edge case 39
; expect:
; error: {file}:5:5: negative value not allowed
mov $-1,5
